import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';

/** The VPN gateways section; issue 5 fills it. */
export function VpnGatewaysRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.vpnGateways')} />
      <Text>{t('placeholder.vpn')}</Text>
    </>
  );
}

/** The IPv6 gateways section; issue 6 fills it. */
export function Ipv6GatewaysRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.ipv6Gateways')} />
      <Text>{t('placeholder.ipv6')}</Text>
    </>
  );
}
