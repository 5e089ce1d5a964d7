import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/ui/section';
import { RoutesTable } from './routes-table';

/**
 * The gateway's routing (REFERENCE-2 §2): destination routes and policy-based routes (which win),
 * with the reminder that a route has no ID, only its key.
 */
export function VpnRoutesSection(props: { gateway: VpnGateway; connections: VpnConnection[] }) {
  const { gateway } = props;
  const { t } = useTranslation();
  // Dual-tunnel iff the gateway has a disaster-recovery IP (REFERENCE-2 §1.1).
  const dual = gateway.disasterRecoveryInternetIp !== '';
  const connections = new Map(props.connections.map((c) => [c.id, c]));
  return (
    <Section title={t('vpnRoutes.title')}>
      <Stack gap="md">
        <Alert variant="light" color="blue" title={t('vpnRoutes.noIdTitle')}>
          {t('vpnRoutes.noIdNote')} {dual ? t('vpnRoutes.dualNote') : t('vpnRoutes.policyWins')}
        </Alert>
        <RoutesTable kind="dbr" gateway={gateway} dual={dual} connections={connections} />
        <RoutesTable kind="pbr" gateway={gateway} dual={dual} connections={connections} />
      </Stack>
    </Section>
  );
}
