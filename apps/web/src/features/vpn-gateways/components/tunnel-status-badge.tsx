import type { TunnelStatus } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { tunnelTone } from '../utils/vpn-status';

/** An IPsec connection's tunnel negotiation state. */
export function TunnelStatusBadge({ status }: { status: TunnelStatus }) {
  const { t } = useTranslation();
  return <StatusBadge label={t(`vpn.tunnel.${status}`)} tone={tunnelTone(status)} />;
}
