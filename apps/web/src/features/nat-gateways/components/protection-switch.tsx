import { Switch, Text } from '@mantine/core';
import { useState } from 'react';
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
  const canMutate = useCanMutate();
  // The state asked for, shown from the click on (no flicker back) until the answer is read back.
  const [asked, setAsked] = useState<boolean | null>(null);
  const shown = pending && asked !== null ? asked : enabled;
  const state = shown ? t('common.on') : t('common.off');
  if (!canMutate) return <Text fz="sm">{state}</Text>;
  return (
    <Switch
      aria-label={label}
      label={state}
      checked={shown}
      disabled={pending}
      onChange={(event) => {
        setAsked(event.currentTarget.checked);
        onChange(event.currentTarget.checked);
      }}
    />
  );
}
