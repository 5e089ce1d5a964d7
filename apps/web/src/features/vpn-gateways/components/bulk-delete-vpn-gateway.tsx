import type { VpnGateway } from '@gc/contracts';
import { useVpnConnections } from '../api/vpn-connections';
import { DeleteVpnGatewayModal } from './delete-vpn-gateway-modal';

interface Props {
  gateway: VpnGateway;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * One step of a bulk delete from the list: the same plan as the detail page, which lists the
 * gateway's connections, so it opens once they are loaded.
 */
export function BulkDeleteVpnGateway({ gateway, onClose, onDeleted }: Props) {
  const connections = useVpnConnections(gateway.regionId, gateway.id);
  if (connections.isPending) return null;
  return (
    <DeleteVpnGatewayModal
      gateway={gateway}
      connections={connections.data?.items ?? []}
      onClose={onClose}
      onDeleted={onDeleted}
    />
  );
}
