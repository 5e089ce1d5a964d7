import type { Ipv6Gateway } from '@gc/contracts';
import type { AttributeSpec } from '../../../components/ui/detail-page/attributes-grid';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { IdCell } from '../../../components/ui/id-cell';
import { VpcRef } from '../../../components/ui/vpc-ref';

/** An IPv6 gateway's attributes, in the order the detail page shows them. */
export const IPV6_ATTRIBUTES: AttributeSpec<Ipv6Gateway>[] = [
  { label: 'ipv6.fields.id', value: (g) => <IdCell id={g.id} size="sm" /> },
  { label: 'ipv6.fields.name', value: (g) => g.name },
  {
    label: 'ipv6.columns.status',
    value: (g) => <ResourceStatusBadge table={IPV6_STATUS} status={g.status} />,
  },
  { label: 'ipv6.fields.description', value: (g) => g.description },
  {
    label: 'ipv6.fields.vpc',
    value: (g) => <VpcRef regionId={g.regionId} vpcId={g.vpcId} />,
  },
  { label: 'ipv6.fields.spec', value: (g, { t }) => g.spec || t('ipv6.spec.none') },
  { label: 'ipv6.fields.chargeType', value: (g, f) => f.label('chargeType', g.instanceChargeType) },
  {
    label: 'ipv6.fields.businessStatus',
    value: (g, f) => f.label('businessStatus', g.businessStatus),
  },
  { label: 'ipv6.fields.resourceGroup', value: (g) => g.resourceGroupId },
  { label: 'ipv6.columns.creationTime', value: (g, f) => f.dateTime(g.creationTime) },
  { label: 'ipv6.fields.expiredTime', value: (g, f) => f.dateTime(g.expiredTime), optional: true },
];
