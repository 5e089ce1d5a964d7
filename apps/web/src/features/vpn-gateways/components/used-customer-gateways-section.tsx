import type { CustomerGateway } from '@gc/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/ui/section';
import { IdCell } from '../../../components/ui/id-cell';

/** The customer gateways the connections use (what the office side must match). */
export function UsedCustomerGatewaysSection({ used }: { used: CustomerGateway[] }) {
  const { t } = useTranslation();
  const title = t('vpn.detail.usedCustomerGateways');
  return (
    <Section title={title}>
      {used.length === 0 ? (
        <Text fz="sm">{t('vpn.detail.noCustomerGateways')}</Text>
      ) : (
        <Stack gap={4}>
          <Table aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vpn.columns.name')}</Table.Th>
                <Table.Th>{t('vpn.cgw.ipAddress')}</Table.Th>
                <Table.Th>{t('vpn.cgw.asn')}</Table.Th>
                <Table.Th>{t('vpn.fields.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {used.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text fz="sm">{c.name || t('common.none')}</Text>
                    <IdCell id={c.id} dimmed />
                  </Table.Td>
                  <Table.Td ff="monospace">{c.ipAddress}</Table.Td>
                  <Table.Td>{c.asn ?? t('common.none')}</Table.Td>
                  <Table.Td>{c.description || t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Section>
  );
}
