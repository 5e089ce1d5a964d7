import type { VSwitch } from '@gc/contracts';
import { NativeSelect, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useVpnGatewayZones } from '../api/vpn-gateway-zones';
import type { CreateVpnValues } from './create-vpn-gateway-form';

interface Props {
  regionId: string;
  form: UseFormReturnType<CreateVpnValues>;
  vSwitches: VSwitch[];
  dualRegion: boolean;
}

/**
 * The gateway type and the two vSwitches of a dual-tunnel gateway (REFERENCE-2 §1.2): the zones
 * come from the available-zones call for the chosen spec; the second vSwitch must be in another
 * zone unless the region has only one.
 */
export function DualVSwitchFields({ regionId, form, vSwitches, dualRegion }: Props) {
  const { t, i18n } = useTranslation();
  const v = form.values;
  const enhanced = v.gatewayType === 'Enhanced.SiteToSite';
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const zones = useVpnGatewayZones(regionId, `${v.bandwidth}M`, v.gatewayType, lang);
  const offered = new Set((zones.data?.items ?? []).map((z) => z.zoneId));
  const zoneName = (id: string) => zones.data?.items.find((z) => z.zoneId === id)?.zoneName ?? id;
  const multiZone = (zones.data?.items.length ?? 0) >= 2;
  const firstZone = vSwitches.find((s) => s.id === v.vSwitchId)?.zoneId;
  const option = (s: VSwitch, sameZoneTaken: boolean) => {
    const notOffered = zones.isSuccess && !offered.has(s.zoneId);
    const why = notOffered
      ? ` — ${t('vpnGatewayDual.zoneNotOffered')}`
      : sameZoneTaken
        ? ` — ${t('vpnGatewayDual.sameZone')}`
        : '';
    return {
      value: s.id,
      label: `${s.name || s.id} (${s.id}) · ${zoneName(s.zoneId)}${why}`,
      disabled: notOffered || sameZoneTaken,
    };
  };

  return (
    <>
      <NativeSelect
        label={t('vpnGatewayDual.gatewayType')}
        description={enhanced ? t('vpnGatewayDual.enhancedHint') : undefined}
        data={[
          { value: 'Traditional', label: t('vpnGatewayDual.typeTraditional') },
          { value: 'Enhanced.SiteToSite', label: t('vpnGatewayDual.typeEnhanced') },
        ]}
        {...form.getInputProps('gatewayType')}
      />
      {dualRegion && (
        <Text fz="sm" c="dimmed">
          {t('vpnGatewayDual.why')}
        </Text>
      )}
      <NativeSelect
        label={t('vpn.fields.vSwitch')}
        description={t('vpnGatewayDual.firstHint')}
        disabled={v.vpcId === ''}
        {...form.getInputProps('vSwitchId')}
        data={[
          { value: '', label: enhanced ? t('vpnGatewayDual.choose') : t('vpn.fields.autoVSwitch') },
          ...vSwitches.map((s) => option(s, false)),
        ]}
        onChange={(e) =>
          form.setValues({ vSwitchId: e.currentTarget.value, disasterRecoveryVSwitchId: '' })
        }
      />
      {(dualRegion || enhanced) && (
        <NativeSelect
          label={t('vpnGatewayDual.drVSwitch')}
          description={t('vpnGatewayDual.drHint')}
          disabled={v.vSwitchId === ''}
          {...form.getInputProps('disasterRecoveryVSwitchId')}
          data={[
            { value: '', label: t('vpnGatewayDual.choose') },
            ...vSwitches.map((s) => option(s, multiZone && s.zoneId === firstZone)),
          ]}
        />
      )}
    </>
  );
}
