import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Switches between the VPN gateways and the customer gateways pages of a region. */
export function VpnSectionTabs({
  regionId,
  current,
}: {
  regionId: string;
  current: 'gateways' | 'customer-gateways';
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = `/regions/${regionId}/vpn-gateways`;
  return (
    <Tabs
      value={current}
      mb="md"
      onChange={(value) =>
        void navigate(value === 'customer-gateways' ? `${base}/customer-gateways` : base)
      }
    >
      <Tabs.List aria-label={t('vpn.tabs.label')}>
        <Tabs.Tab value="gateways">{t('vpn.tabs.gateways')}</Tabs.Tab>
        <Tabs.Tab value="customer-gateways">{t('vpn.tabs.customerGateways')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
