import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCanMutate } from '../../../lib/auth';

interface ProtectionSwitchProps {
  /** The switch's accessible name (the delete dialog tells users to look for it). */
  label: string;
  enabled: boolean;
  pending: boolean;
  onChange: (enabled: boolean) => void;
}

/** Deletion protection: a switch for operators; auditors read the state and get no control. */
export function ProtectionSwitch({ label, enabled, pending, onChange }: ProtectionSwitchProps) {
  const { t } = useTranslation();
  const state = enabled ? t('common.on') : t('common.off');
  if (!useCanMutate()) return <Text fz="sm">{state}</Text>;
  return (
    <Switch
      aria-label={label}
      label={state}
      checked={enabled}
      disabled={pending}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
