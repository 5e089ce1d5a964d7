import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNatIps } from '../api/vpc-nat';

/**
 * A NAT IP of a VPC NAT gateway (settled ones only), for the SNAT/DNAT/FULLNAT forms: on a VPC
 * NAT gateway these take NAT IPs where an Internet NAT gateway takes EIPs (REFERENCE-2 §4.1).
 */
export function NatIpSelect(
  props: { regionId: string; natGatewayId: string } & Omit<NativeSelectProps, 'data'>,
) {
  const { regionId, natGatewayId, ...rest } = props;
  const { t } = useTranslation();
  const ips = useNatIps(regionId, natGatewayId);
  const usable = (ips.data?.items ?? []).filter(
    (n) => n.status === 'Available' || n.status === 'Associated',
  );
  const first = ips.isPending
    ? t('common.loading')
    : usable.length
      ? t('vpcNat.ip.choose')
      : t('vpcNat.ip.none');
  return (
    <NativeSelect
      {...rest}
      data={[
        { value: '', label: first },
        ...usable.map((n) => ({ value: n.ip, label: n.name ? `${n.ip} (${n.name})` : n.ip })),
      ]}
    />
  );
}
