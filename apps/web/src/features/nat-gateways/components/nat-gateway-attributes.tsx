import type { NatGateway } from '@gc/contracts';
import type { AttributeSpec } from '../../../components/ui/detail-page/attributes-grid';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { NAT_STATUS } from '../utils/nat-status';
import { NatProtectionSwitch } from './nat-protection-switch';
import { IdCell } from '../../../components/ui/id-cell';
import { VpcRef } from '../../../components/ui/vpc-ref';

/** A NAT gateway's attributes from its list item, in the order the detail page shows them. */
export const NAT_ATTRIBUTES: AttributeSpec<NatGateway>[] = [
  { label: 'nat.fields.id', value: (g) => <IdCell id={g.id} size="sm" /> },
  { label: 'nat.fields.name', value: (g) => g.name },
  {
    label: 'nat.columns.status',
    value: (g) => <ResourceStatusBadge table={NAT_STATUS} status={g.status} />,
  },
  { label: 'nat.fields.description', value: (g) => g.description },
  {
    label: 'nat.fields.vpc',
    value: (g) => <VpcRef regionId={g.regionId} vpcId={g.vpcId} />,
  },
  { label: 'nat.fields.vSwitch', value: (g) => g.vSwitchId },
  { label: 'nat.fields.zone', value: (g) => g.zoneId },
  { label: 'nat.fields.privateIp', value: (g) => g.privateIpAddress },
  {
    label: 'nat.fields.natType',
    value: (g, f) => f.label('natType', g.natType),
  },
  { label: 'nat.fields.networkType', value: (g, f) => f.label('natNetworkType', g.networkType) },
  { label: 'nat.fields.spec', value: (g) => g.spec },
  {
    label: 'nat.fields.chargeType',
    value: (g, f) =>
      `${f.chargeType(g.instanceChargeType)} · ${f.chargeType(g.internetChargeType)}`,
  },
  { label: 'nat.fields.eipBindMode', value: (g, f) => f.label('eipBindMode', g.eipBindMode) },
  // A switch for operators, the state for auditors: the delete dialog points here.
  { label: 'nat.fields.deletionProtection', value: (g) => <NatProtectionSwitch gateway={g} /> },
  { label: 'nat.columns.creationTime', value: (g, f) => f.dateTime(g.creationTime) },
  { label: 'nat.fields.expiredTime', value: (g, f) => f.dateTime(g.expiredTime), optional: true },
];
