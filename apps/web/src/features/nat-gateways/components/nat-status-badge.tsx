import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { isTransitional, natStatusTone } from '../utils/nat-status';

/** A NAT gateway's status, translated, coloured, with a spinner while it changes. */
export function NatStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const label = t(`status.${status}`, { defaultValue: status });
  return (
    <StatusBadge label={label} tone={natStatusTone(status)} transitional={isTransitional(status)} />
  );
}
