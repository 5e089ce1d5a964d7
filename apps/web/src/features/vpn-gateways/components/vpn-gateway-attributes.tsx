import type { VpnGateway } from '@gc/contracts';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/ui/section';
import { formatDateTime } from '../../../lib/format';
import { Attribute } from './attribute';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { VPN_STATUS } from '../utils/vpn-status';

/** The VPN gateway's attributes as a definition list. */
export function VpnGatewayAttributes({ gateway: g }: { gateway: VpnGateway }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const flag = (on: boolean) => (on ? t('common.on') : t('common.off'));
  return (
    <Section title={t('vpn.detail.attributes')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <Attribute label={t('vpn.fields.id')}>{g.id}</Attribute>
        <Attribute label={t('vpn.fields.name')}>{g.name || none}</Attribute>
        <Attribute label={t('vpn.columns.status')}>
          <ResourceStatusBadge table={VPN_STATUS} status={g.status} />
        </Attribute>
        <Attribute label={t('vpn.fields.description')}>{g.description || none}</Attribute>
        <Attribute label={t('vpn.fields.vpc')}>{g.vpcId}</Attribute>
        <Attribute label={t('vpn.fields.vSwitch')}>{g.vSwitchId || none}</Attribute>
        <Attribute label={t('vpn.columns.publicIp')}>{g.internetIp || none}</Attribute>
        <Attribute label={t('vpn.fields.networkType')}>
          {t(`vpn.networkType.${g.networkType}`, { defaultValue: g.networkType })}
        </Attribute>
        <Attribute label={t('vpn.fields.bandwidth')}>
          {t('vpn.bandwidthValue', { n: g.bandwidth })} ({g.spec || none})
        </Attribute>
        <Attribute label={t('vpn.fields.enableIpsec')}>{flag(g.ipsecEnabled)}</Attribute>
        <Attribute label={t('vpn.fields.enableSsl')}>
          {flag(g.sslEnabled)}
          {g.sslEnabled && ` · ${t('vpn.fields.sslConnections')}: ${g.sslMaxConnections}`}
        </Attribute>
        <Attribute label={t('vpn.fields.chargeType')}>{g.chargeType || none}</Attribute>
        <Attribute label={t('vpn.fields.createTime')}>
          {formatDateTime(g.createTime, i18n.language)}
        </Attribute>
        <Attribute label={t('vpn.columns.expiry')}>
          {g.endTime ? formatDateTime(g.endTime, i18n.language) : t('vpn.noExpiry')}
        </Attribute>
      </SimpleGrid>
    </Section>
  );
}
