import { NativeSelect } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useVSwitches, useVpcs } from '../../../lib/lookups/vpcs';
import { useNatZoneCheck } from './use-nat-zone-check';

interface NetworkPickersProps {
  regionId: string;
  vpcId: string;
  vpcProps: GetInputPropsReturnType;
  vSwitchProps: GetInputPropsReturnType;
  onVpcChange: (vpcId: string) => void;
}

/**
 * Cascading VPC → vSwitch pickers; each vSwitch shows its zone and free IPs, and one in a zone
 * without enhanced NAT gateways is disabled, the description saying why.
 */
export function NetworkPickers({
  regionId,
  vpcId,
  vpcProps,
  vSwitchProps,
  onVpcChange,
}: NetworkPickersProps) {
  const { t } = useTranslation();
  const vpcs = useVpcs(regionId);
  const vSwitches = useVSwitches(regionId, vpcId === '' ? null : vpcId);
  const zones = useNatZoneCheck(regionId);
  const vpcOptions = (vpcs.data?.items ?? []).map((v) => ({
    value: v.id,
    label: `${v.name || v.id} (${v.id}) · ${v.cidrBlock}`,
  }));
  const vswOptions = (vSwitches.data?.items ?? []).map((s) => {
    const label = t('nat.fields.vSwitchOption', {
      name: s.name || s.id,
      id: s.id,
      zone: s.zoneId,
      free: s.availableIpAddressCount,
    });
    const notSold = zones.notSold(s.zoneId);
    return {
      value: s.id,
      label: notSold ? `${label} — ${t('natProtection.zones.notSold')}` : label,
      disabled: s.availableIpAddressCount === 0 || notSold,
    };
  });
  const zoneNote = zones.note((vSwitches.data?.items ?? []).map((s) => s.zoneId));
  return (
    <>
      <NativeSelect
        label={t('nat.fields.vpc')}
        required
        {...vpcProps}
        error={vpcProps.error ?? (vpcs.isError ? vpcs.error.message : undefined)}
        data={[
          { value: '', label: vpcs.isPending ? t('common.loading') : t('nat.fields.chooseVpc') },
          ...vpcOptions,
        ]}
        onChange={(event) => onVpcChange(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('nat.fields.vSwitch')}
        description={
          zoneNote ? `${t('nat.fields.vSwitchHint')} ${zoneNote}` : t('nat.fields.vSwitchHint')
        }
        required
        disabled={vpcId === ''}
        {...vSwitchProps}
        error={vSwitchProps.error ?? (vSwitches.isError ? vSwitches.error.message : undefined)}
        data={[
          {
            value: '',
            label: vSwitches.isFetching ? t('common.loading') : t('nat.fields.chooseVSwitch'),
          },
          ...vswOptions,
        ]}
      />
    </>
  );
}
