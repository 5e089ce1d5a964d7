import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../lib/api-error';

/** Codes meaning the VPN gateway is applying another change (the BFF answers them 409). */
const BUSY = new Set(['VpnGateway.Configuring', 'VpnTask.CONFLICT', 'VpnConnection.Configuring']);

/**
 * Shown by VPN edit forms when the gateway is busy: it applies one change at a time
 * (REFERENCE-2 §7.1), so the user waits a moment and retries the same change.
 */
export function BusyGatewayNotice({
  error,
  onRetry,
}: {
  error: ApiError | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (!error || error.status !== 409 || !BUSY.has(error.code)) return null;
  return (
    <Alert color="yellow" title={t('vpnTunnels.busyTitle')} role="status">
      {t('vpnTunnels.busyText')}{' '}
      <Button size="xs" variant="light" onClick={onRetry}>
        {t('vpnTunnels.retry')}
      </Button>
    </Alert>
  );
}
