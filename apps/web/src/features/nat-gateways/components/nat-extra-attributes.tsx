import type { NatGateway, NatGatewayAttribute } from '@gc/contracts';
import type { AttributeSpec } from '../../../components/ui/detail-page/attributes-grid';

/**
 * The attributes only GetNatGatewayAttribute has (REFERENCE-2 §4.3): billing status, the
 * gateway's own ENI, access mode, PrivateLink. All optional: left out until (or unless) loaded.
 */
export function natExtraAttributes(
  extra: NatGatewayAttribute | undefined,
): AttributeSpec<NatGateway>[] {
  return [
    {
      label: 'natProtection.attributes.businessStatus',
      value: (_g, f) => extra?.businessStatus && f.label('businessStatus', extra.businessStatus),
      optional: true,
    },
    {
      label: 'natProtection.attributes.autoPay',
      value: (_g, f) => extra?.billing.autoPay !== undefined && f.flag(extra.billing.autoPay),
      optional: true,
    },
    {
      label: 'natProtection.attributes.eni',
      value: () => extra?.privateNetwork.networkInterfaceId,
      optional: true,
    },
    {
      label: 'natProtection.attributes.maxBandwidth',
      value: (_g, f) => {
        const mbps = extra?.privateNetwork.maxBandwidthMbps;
        return mbps !== undefined && f.bandwidth(mbps);
      },
      optional: true,
    },
    {
      label: 'natProtection.attributes.accessMode',
      value: (_g, f) =>
        extra?.accessMode &&
        [f.label('accessMode', extra.accessMode.modeValue), extra.accessMode.tunnelType]
          .filter(Boolean)
          .join(' · '),
      optional: true,
    },
    {
      label: 'natProtection.attributes.privateLink',
      value: (_g, f) =>
        extra &&
        (extra.privateLinkEnabled
          ? [f.flag(true), extra.privateLinkMode].filter(Boolean).join(' · ')
          : f.flag(false)),
      optional: true,
    },
    {
      label: 'natProtection.attributes.associatedEnis',
      value: () => extra?.associatedNetworkInterfaces.map((n) => n.networkInterfaceId).join(', '),
      optional: true,
    },
  ];
}
