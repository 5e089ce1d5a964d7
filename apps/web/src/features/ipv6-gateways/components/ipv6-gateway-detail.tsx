import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useIpv6Gateway } from '../api/ipv6-gateways';
import { DeleteIpv6GatewayModal } from './delete-ipv6-gateway-modal';
import { EgressOnlyRulesSection } from './egress-only-rules-section';
import { Ipv6AddressesSection } from './ipv6-addresses-section';
import { Ipv6GatewayAttributes } from './ipv6-gateway-attributes';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { Ipv6TagsSection } from './ipv6-tags-section';
import { RenameIpv6GatewayModal } from './rename-ipv6-gateway-modal';

/** One IPv6 gateway: attributes, its VPC's addresses with bandwidth, tags; rename and delete. */
export function Ipv6GatewayDetail({ regionId, id }: { regionId: string; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useIpv6Gateway(regionId, id);
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const listPath = `/regions/${regionId}/ipv6-gateways`;
  const back = (
    <Anchor component={Link} to={listPath} fz="sm">
      ← {t('ipv6.detail.back')}
    </Anchor>
  );

  if (query.isPending) return <TableSkeleton />;
  if (query.isError) {
    return (
      <Stack>
        {back}
        <ErrorState
          error={query.error}
          title={query.error.status === 404 ? t('ipv6.detail.notFound') : undefined}
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
            <ResourceStatusBadge table={IPV6_STATUS} status={gateway.status} />
          </Group>
        }
        actions={
          <OperatorOnly>
            <Button variant="default" disabled={busy} onClick={() => setDialog('rename')}>
              {t('ipv6.rename.open')}
            </Button>
            <Button color="red" disabled={busy} onClick={() => setDialog('delete')}>
              {t('common.delete')}
            </Button>
          </OperatorOnly>
        }
      />
      {busy && (
        <Text fz="sm" role="status">
          {t('ipv6.detail.busy')}
        </Text>
      )}
      <Ipv6GatewayAttributes gateway={gateway} />
      <Ipv6AddressesSection gateway={gateway} />
      <EgressOnlyRulesSection gateway={gateway} />
      <Ipv6TagsSection gateway={gateway} />
      {dialog === 'rename' && (
        <RenameIpv6GatewayModal gateway={gateway} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <DeleteIpv6GatewayModal
          gateway={gateway}
          onClose={() => setDialog(null)}
          onDeleted={() => void navigate(listPath)}
        />
      )}
    </Stack>
  );
}
