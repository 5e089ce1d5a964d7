import type { NatGateway } from '@gc/contracts';
import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../components/ui/section';
import { formatDateTime } from '../../../lib/format';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { NAT_STATUS } from '../utils/nat-status';

function Attribute({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fz="sm" component="dd" m={0} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The gateway's attributes as a definition list. */
export function NatGatewayAttributes({ gateway }: { gateway: NatGateway }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Section title={t('nat.detail.attributes')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <Attribute label={t('nat.fields.id')}>{gateway.id}</Attribute>
        <Attribute label={t('nat.fields.name')}>{gateway.name || none}</Attribute>
        <Attribute label={t('nat.columns.status')}>
          <ResourceStatusBadge table={NAT_STATUS} status={gateway.status} />
        </Attribute>
        <Attribute label={t('nat.fields.description')}>{gateway.description || none}</Attribute>
        <Attribute label={t('nat.fields.vpc')}>
          {gateway.vpcId}{' '}
          <Anchor
            component={Link}
            to={`/regions/${encodeURIComponent(gateway.regionId)}/vpcs/${encodeURIComponent(gateway.vpcId)}/topology`}
            fz="sm"
          >
            ({t('topology.open')})
          </Anchor>
        </Attribute>
        <Attribute label={t('nat.fields.vSwitch')}>{gateway.vSwitchId || none}</Attribute>
        <Attribute label={t('nat.fields.zone')}>{gateway.zoneId || none}</Attribute>
        <Attribute label={t('nat.fields.privateIp')}>{gateway.privateIpAddress || none}</Attribute>
        <Attribute label={t('nat.fields.natType')}>
          {t(`nat.natType.${gateway.natType}`, { defaultValue: gateway.natType })}
        </Attribute>
        <Attribute label={t('nat.fields.networkType')}>
          {t(`nat.networkType.${gateway.networkType}`)}
        </Attribute>
        <Attribute label={t('nat.fields.spec')}>{gateway.spec || none}</Attribute>
        <Attribute label={t('nat.fields.chargeType')}>
          {gateway.instanceChargeType} · {gateway.internetChargeType}
        </Attribute>
        <Attribute label={t('nat.fields.eipBindMode')}>{gateway.eipBindMode}</Attribute>
        <Attribute label={t('nat.fields.deletionProtection')}>
          {gateway.deletionProtection ? t('common.on') : t('common.off')}
        </Attribute>
        <Attribute label={t('nat.columns.creationTime')}>
          {formatDateTime(gateway.creationTime, i18n.language)}
        </Attribute>
        {gateway.expiredTime && (
          <Attribute label={t('nat.fields.expiredTime')}>
            {formatDateTime(gateway.expiredTime, i18n.language)}
          </Attribute>
        )}
      </SimpleGrid>
    </Section>
  );
}
