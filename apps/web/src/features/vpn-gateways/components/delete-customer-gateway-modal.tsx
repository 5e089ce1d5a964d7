import type { CustomerGateway } from '@gc/contracts';
import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DeletePlanDialog } from '../../../components/ui/detail-page/delete-plan-dialog';
import { useDeleteCustomerGateway } from '../api/customer-gateways';
import { useCustomerGatewayConnections } from '../api/vpn-connections';

interface Props {
  regionId: string;
  gateway: CustomerGateway;
  onClose: () => void;
  /** After the delete (a bulk delete's next step); `onClose` when absent. */
  onDeleted?: () => void;
}

/**
 * The kit's delete dialog for a customer gateway. While an IPsec connection uses it the API
 * refuses (409 `DependencyViolation.VpnConnection`, REFERENCE §3.4), so Delete is disabled and
 * the dialog names those connections, each a link to where it can be deleted (issue 18 item 6).
 */
export function DeleteCustomerGatewayModal({ regionId, gateway, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteCustomerGateway(regionId);
  const name = gateway.name || gateway.id;
  const inUse = gateway.connectionIds.length > 0;
  return (
    <DeletePlanDialog
      kind={t('vpn.cgw.kind')}
      name={name}
      plan={{
        steps: [gateway.id],
        key: (id) => id,
        label: () => name,
        run: (id) => remove.mutateAsync(id),
      }}
      doneMessage={t('vpn.cgw.deleted', { name })}
      onClose={onClose}
      onDeleted={onDeleted ?? onClose}
      blocked={inUse ? <UsedBy regionId={regionId} gateway={gateway} /> : undefined}
    />
  );
}

/** The connections that use the gateway, linked to their pages (IDs alone until they load). */
function UsedBy({ regionId, gateway }: { regionId: string; gateway: CustomerGateway }) {
  const { t } = useTranslation();
  const connections = useCustomerGatewayConnections(regionId, gateway.id);
  const byId = new Map((connections.data?.items ?? []).map((c) => [c.id, c]));
  return (
    <Stack gap={4}>
      <Text fz="sm">{t('vpn.cgw.inUseBlocked', { count: gateway.connectionIds.length })}</Text>
      <List fz="sm" aria-label={t('vpn.cgw.usedBy')}>
        {gateway.connectionIds.map((id) => {
          const c = byId.get(id);
          return (
            <List.Item key={id}>
              {c ? (
                <Anchor
                  component={Link}
                  fz="sm"
                  to={`/regions/${regionId}/vpn-gateways/${c.vpnGatewayId}/connections/${id}`}
                >
                  {c.name ? `${c.name} (${id})` : id}
                </Anchor>
              ) : (
                id
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
