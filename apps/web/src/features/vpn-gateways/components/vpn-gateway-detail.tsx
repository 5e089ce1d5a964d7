import type { CustomerGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { DetailPage } from '../../../components/ui/detail-page/detail-page';
import { ResourceTagsSection } from '../../../components/ui/tags-resource-section';
import { useCustomerGateways } from '../api/customer-gateways';
import { useVpnConnections } from '../api/vpn-connections';
import { useUpdateVpnGatewayTags, useVpnGateway } from '../api/vpn-gateways';
import { VPN_STATUS } from '../utils/vpn-status';
import { DeleteVpnGatewayModal } from './delete-vpn-gateway-modal';
import { DiagnoseSection } from './diagnose-section';
import { RenameVpnGatewayModal } from './rename-vpn-gateway-modal';
import { UsedCustomerGatewaysSection, VpnConnectionsSection } from './vpn-connections-section';
import { VPN_ATTRIBUTES } from './vpn-gateway-attributes';
import { VpnRoutesSection } from './vpn-routes-section';
import { IpsecServersSection } from '../ipsec-servers/ipsec-servers-section';
import { SslVpnSection } from '../ssl-vpn/ssl-vpn-section';

/** One VPN gateway: attributes, IPsec connections with tunnel state, the customer gateways used, tags. */
export function VpnGatewayDetail({ regionId, id }: { regionId: string; id: string }) {
  const { t } = useTranslation();
  const connections = useVpnConnections(regionId, id);
  const cgws = useCustomerGateways(regionId);
  const byId = new Map<string, CustomerGateway>((cgws.data?.items ?? []).map((c) => [c.id, c]));
  const items = connections.data?.items ?? [];
  const used = [...new Set(items.map((c) => c.customerGatewayId))]
    .map((cid) => byId.get(cid))
    .filter((c): c is CustomerGateway => c !== undefined);

  return (
    <DetailPage
      id={id}
      query={useVpnGateway(regionId, id)}
      listPath={`/regions/${regionId}/vpn-gateways`}
      texts={{
        back: t('vpn.detail.back'),
        notFound: t('vpn.detail.notFound'),
        busy: t('vpn.detail.busy'),
      }}
      statusTable={VPN_STATUS}
      attributes={VPN_ATTRIBUTES}
      actions={(gateway, busy) => [
        {
          key: 'rename',
          label: t('vpn.rename.open'),
          disabled: busy,
          dialog: (close) => <RenameVpnGatewayModal gateway={gateway} onClose={close} />,
        },
        {
          key: 'delete',
          label: t('common.delete'),
          danger: true,
          // The plan lists the connections, so it waits for them.
          disabled: gateway.status === VPN_STATUS.leaving || connections.isPending,
          dialog: (close, backToList) => (
            <DeleteVpnGatewayModal
              gateway={gateway}
              connections={items}
              onClose={close}
              onDeleted={backToList}
            />
          ),
        },
      ]}
      sections={(gateway) => (
        <>
          <VpnConnectionsSection
            gateway={gateway}
            connections={{
              isPending: connections.isPending,
              error: connections.error,
              items,
              refetch: () => void connections.refetch(),
            }}
            customerGateways={byId}
          />
          <UsedCustomerGatewaysSection used={used} />
          <VpnRoutesSection gateway={gateway} connections={items} />
          <DiagnoseSection gateway={gateway} connections={items} />
          <IpsecServersSection gateway={gateway} />
          <SslVpnSection gateway={gateway} />
          <ResourceTagsSection
            ns="vpn"
            tags={gateway.tags}
            target={gateway}
            useUpdate={useUpdateVpnGatewayTags}
          />
        </>
      )}
    />
  );
}
