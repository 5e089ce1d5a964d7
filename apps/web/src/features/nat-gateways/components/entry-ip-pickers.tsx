import type { NatGateway } from '@gc/contracts';
import { Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useEntryIps } from '../api/vpc-nat';

// The addresses an SNAT/DNAT entry may use: the gateway's bound EIPs. A VPC NAT gateway offers
// NAT IPs instead; swapping the source of choices here is the one change that needs.

/** The SNAT IPs of an entry: one checkbox per usable address of the gateway. */
export function SnatIpsField({
  gateway,
  input,
}: {
  gateway: NatGateway;
  input: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  const eips = useEntryIps(gateway);
  return (
    <>
      <Checkbox.Group label={t('nat.snat.snatIps')} required {...input}>
        <Stack gap={4} mt={4}>
          {eips.map((eip) => (
            <Checkbox key={eip.allocationId} value={eip.ipAddress} label={eip.ipAddress} />
          ))}
        </Stack>
      </Checkbox.Group>
      {eips.length === 0 && <Text fz="sm">{t('nat.snat.bindFirst')}</Text>}
    </>
  );
}

/** The public address of a DNAT entry: one usable address of the gateway. */
export function ExternalIpField({
  gateway,
  input,
}: {
  gateway: NatGateway;
  input: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  const eips = useEntryIps(gateway);
  return (
    <NativeSelect
      label={t('nat.dnat.externalIp')}
      required
      data={[
        { value: '', label: t('nat.eips.choose') },
        ...eips.map((e) => ({ value: e.ipAddress, label: e.ipAddress })),
      ]}
      {...input}
    />
  );
}
