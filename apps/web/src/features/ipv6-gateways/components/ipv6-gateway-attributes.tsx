import type { Ipv6Gateway } from '@gc/contracts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/ui/section';
import { formatDateTime } from '../../../lib/format';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { IPV6_STATUS } from '../utils/ipv6-status';

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
export function Ipv6GatewayAttributes({ gateway }: { gateway: Ipv6Gateway }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Section title={t('ipv6.detail.attributes')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <Attribute label={t('ipv6.fields.id')}>{gateway.id}</Attribute>
        <Attribute label={t('ipv6.fields.name')}>{gateway.name || none}</Attribute>
        <Attribute label={t('ipv6.columns.status')}>
          <ResourceStatusBadge table={IPV6_STATUS} status={gateway.status} />
        </Attribute>
        <Attribute label={t('ipv6.fields.description')}>{gateway.description || none}</Attribute>
        <Attribute label={t('ipv6.fields.vpc')}>{gateway.vpcId}</Attribute>
        <Attribute label={t('ipv6.fields.spec')}>{gateway.spec || t('ipv6.spec.none')}</Attribute>
        <Attribute label={t('ipv6.fields.chargeType')}>
          {gateway.instanceChargeType || none}
        </Attribute>
        <Attribute label={t('ipv6.fields.businessStatus')}>
          {gateway.businessStatus || none}
        </Attribute>
        <Attribute label={t('ipv6.fields.resourceGroup')}>
          {gateway.resourceGroupId || none}
        </Attribute>
        <Attribute label={t('ipv6.columns.creationTime')}>
          {formatDateTime(gateway.creationTime, i18n.language)}
        </Attribute>
        {gateway.expiredTime && (
          <Attribute label={t('ipv6.fields.expiredTime')}>
            {formatDateTime(gateway.expiredTime, i18n.language)}
          </Attribute>
        )}
      </SimpleGrid>
    </Section>
  );
}
