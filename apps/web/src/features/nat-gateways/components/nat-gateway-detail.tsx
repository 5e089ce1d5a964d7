import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useNatGateway } from '../api/get-nat-gateways';
import { DeleteNatGatewayModal } from './delete-nat-gateway-modal';
import { DnatEntriesSection } from './dnat-entries-section';
import { EipsSection } from './eips-section';
import { NatGatewayAttributes } from './nat-gateway-attributes';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { NAT_STATUS } from '../utils/nat-status';
import { RenameNatGatewayModal } from './rename-nat-gateway-modal';
import { SnatEntriesSection } from './snat-entries-section';
import { TagsSection } from './tags-section';

/** One NAT gateway: attributes, EIPs, SNAT and DNAT entries, tags; rename and delete. */
export function NatGatewayDetail({ regionId, id }: { regionId: string; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useNatGateway(regionId, id);
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const listPath = `/regions/${regionId}/nat-gateways`;
  const back = (
    <Anchor component={Link} to={listPath} fz="sm">
      ← {t('nat.detail.back')}
    </Anchor>
  );

  if (query.isPending) return <TableSkeleton />;
  if (query.isError) {
    return (
      <Stack>
        {back}
        <PageHeader title={id} />
        <ErrorState
          error={query.error}
          title={query.error.status === 404 ? t('nat.detail.notFound') : undefined}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }
  const gateway = query.data;
  const busy = gateway.status !== 'Available';

  return (
    <Stack>
      {back}
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span>{gateway.name || gateway.id}</span>
            <ResourceStatusBadge table={NAT_STATUS} status={gateway.status} />
          </Group>
        }
        actions={
          <OperatorOnly>
            <Button variant="default" disabled={busy} onClick={() => setDialog('rename')}>
              {t('nat.rename.open')}
            </Button>
            <Button
              color="red"
              disabled={gateway.status === 'Deleting'}
              onClick={() => setDialog('delete')}
            >
              {t('common.delete')}
            </Button>
          </OperatorOnly>
        }
      />
      {busy && (
        <Text fz="sm" role="status">
          {t('nat.detail.busy')}
        </Text>
      )}
      <NatGatewayAttributes gateway={gateway} />
      <EipsSection gateway={gateway} />
      <SnatEntriesSection gateway={gateway} />
      <DnatEntriesSection gateway={gateway} />
      <TagsSection gateway={gateway} />
      {dialog === 'rename' && (
        <RenameNatGatewayModal gateway={gateway} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <DeleteNatGatewayModal
          gateway={gateway}
          onClose={() => setDialog(null)}
          onDeleted={() => void navigate(listPath)}
        />
      )}
    </Stack>
  );
}
