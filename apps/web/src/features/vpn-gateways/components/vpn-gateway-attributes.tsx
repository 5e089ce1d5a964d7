import type { VpnGateway } from '@gc/contracts';
import type { AttributeSpec } from '../../../components/ui/detail-page/attributes-grid';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { VPN_STATUS } from '../utils/vpn-status';
import { VSwitchZone } from './vswitch-zone';
import { IdCell } from '../../../components/ui/id-cell';
import { VpcRef } from '../../../components/ui/vpc-ref';

/** A VPN gateway's attributes, in the order the detail page shows them. */
export const VPN_ATTRIBUTES: AttributeSpec<VpnGateway>[] = [
  { label: 'vpn.fields.id', value: (g) => <IdCell id={g.id} size="sm" /> },
  { label: 'vpn.fields.name', value: (g) => g.name },
  {
    label: 'vpn.columns.status',
    value: (g) => <ResourceStatusBadge table={VPN_STATUS} status={g.status} />,
  },
  { label: 'vpn.fields.description', value: (g) => g.description },
  {
    label: 'vpn.fields.vpc',
    value: (g) => <VpcRef regionId={g.regionId} vpcId={g.vpcId} />,
  },
  {
    label: 'vpnGatewayDual.tunnelMode',
    value: (g, { t, label }) =>
      label('tunnelMode', g.tunnelMode ?? 'single') +
      (g.gatewayType === 'Enhanced.SiteToSite' ? ` · ${t('vpnGatewayDual.typeEnhanced')}` : ''),
  },
  {
    label: 'vpn.fields.vSwitch',
    value: (g) => <VSwitchZone regionId={g.regionId} vpcId={g.vpcId} vSwitchId={g.vSwitchId} />,
  },
  { label: 'vpn.columns.publicIp', value: (g) => g.internetIp },
  {
    label: 'vpnGatewayDual.drVSwitchAttr',
    optional: true,
    value: (g) =>
      g.disasterRecoveryVSwitchId ? (
        <VSwitchZone
          regionId={g.regionId}
          vpcId={g.vpcId}
          vSwitchId={g.disasterRecoveryVSwitchId}
        />
      ) : undefined,
  },
  { label: 'vpnGatewayDual.drIp', optional: true, value: (g) => g.disasterRecoveryInternetIp },
  { label: 'vpnGatewayDual.sslIp', optional: true, value: (g) => g.sslVpnInternetIp },
  {
    label: 'vpn.fields.networkType',
    value: (g, f) => f.label('vpnNetworkType', g.networkType),
  },
  {
    label: 'vpn.fields.bandwidth',
    value: (g, { t, bandwidth }) => `${bandwidth(g.bandwidth)} (${g.spec || t('common.none')})`,
  },
  { label: 'vpn.fields.enableIpsec', value: (g, f) => f.flag(g.ipsecEnabled) },
  {
    label: 'vpn.fields.enableSsl',
    value: (g, { t, flag }) =>
      flag(g.sslEnabled) +
      (g.sslEnabled ? ` · ${t('vpn.fields.sslConnections')}: ${g.sslMaxConnections}` : ''),
  },
  { label: 'vpn.fields.chargeType', value: (g, f) => f.chargeType(g.chargeType) },
  { label: 'vpn.fields.createTime', value: (g, f) => f.dateTime(g.creationTime) },
  {
    label: 'vpn.columns.expiry',
    value: (g, { t, dateTime }) => (g.endTime ? dateTime(g.endTime) : t('vpn.noExpiry')),
  },
];
