import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { isIpv6Transitional, ipv6StatusTone } from '../utils/ipv6-status';

/** An IPv6 gateway's status, translated, coloured, with a spinner while it changes. */
export function Ipv6StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      label={t(`status.${status}`, { defaultValue: status })}
      tone={ipv6StatusTone(status)}
      transitional={isIpv6Transitional(status)}
    />
  );
}
