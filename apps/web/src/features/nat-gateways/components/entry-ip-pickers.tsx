import type { NatGateway } from '@gc/contracts';
import { Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useEntryIps } from '../api/vpc-nat';

// The addresses an SNAT/DNAT entry may use: the gateway's bound EIPs, or its NAT IPs on a VPC NAT
// gateway (`useEntryIps`); the texts follow, so a VPC NAT form never asks for an EIP.

/** The i18n keys that name a gateway's entry addresses: EIPs, or NAT IPs on a VPC NAT gateway. */
export function entryIpTexts(gateway: Pick<NatGateway, 'networkType'>) {
  return gateway.networkType === 'intranet'
    ? ({
        none: 'vpcNat.entry.addNatIpFirst',
        label: 'vpcNat.entry.natIp',
        choose: 'vpcNat.ip.choose',
      } as const)
    : ({
        none: 'nat.snat.bindFirst',
        label: 'nat.dnat.externalIp',
        choose: 'nat.eips.choose',
      } as const);
}

/** A form field for an entry's addresses, of a given gateway. */
interface EntryIpFieldProps {
  gateway: NatGateway;
  input: GetInputPropsReturnType;
}

/** The SNAT IPs of an entry: one checkbox per usable address of the gateway. */
export function SnatIpsField({ gateway, input }: EntryIpFieldProps) {
  const { t } = useTranslation();
  const eips = useEntryIps(gateway);
  const texts = entryIpTexts(gateway);
  return (
    <>
      <Checkbox.Group label={t('nat.snat.snatIps')} required {...input}>
        <Stack gap={4} mt={4}>
          {eips.map((eip) => (
            <Checkbox key={eip.allocationId} value={eip.ipAddress} label={eip.ipAddress} />
          ))}
        </Stack>
      </Checkbox.Group>
      {eips.length === 0 && <Text fz="sm">{t(texts.none)}</Text>}
    </>
  );
}

/** The public address of a DNAT entry: one usable address of the gateway. */
export function ExternalIpField({ gateway, input }: EntryIpFieldProps) {
  const { t } = useTranslation();
  const eips = useEntryIps(gateway);
  const texts = entryIpTexts(gateway);
  return (
    <NativeSelect
      label={t(texts.label)}
      required
      data={[
        { value: '', label: t(texts.choose) },
        ...eips.map((e) => ({ value: e.ipAddress, label: e.ipAddress })),
      ]}
      {...input}
    />
  );
}
