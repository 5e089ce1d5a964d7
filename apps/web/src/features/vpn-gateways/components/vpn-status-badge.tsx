import type { TunnelStatus } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { isVpnTransitional, tunnelTone, vpnStatusTone } from '../utils/vpn-status';

/** A VPN gateway's lower-case status, translated, in the NAT colours, spinning while it changes. */
export function VpnStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      label={t(`vpn.status.${status}`, { defaultValue: status })}
      tone={vpnStatusTone(status)}
      transitional={isVpnTransitional(status)}
    />
  );
}

/** An IPsec connection's tunnel negotiation state. */
export function TunnelStatusBadge({ status }: { status: TunnelStatus }) {
  const { t } = useTranslation();
  return <StatusBadge label={t(`vpn.tunnel.${status}`)} tone={tunnelTone(status)} />;
}
