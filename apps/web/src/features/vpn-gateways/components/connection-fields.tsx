import { Button, Group, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePsk } from '../utils/psk';

/** A form's `getInputProps`, narrowed to what these fields ask it for. */
type InputProps = (path: string, options?: { type: 'checkbox' }) => object;

/**
 * The fields every connection form opens with: name, local and remote subnet. `hints` adds the
 * create forms' descriptions and placeholder.
 */
export function ConnectionSubnetFields(props: { inputProps: InputProps; hints: boolean }) {
  const { inputProps, hints } = props;
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('vpn.fields.name')} {...inputProps('name')} />
      <TextInput
        label={t('vpn.connections.localSubnet')}
        {...(hints ? { description: t('vpn.connections.localSubnetHint') } : {})}
        required
        {...inputProps('localSubnet')}
      />
      <TextInput
        label={t('vpn.connections.remoteSubnet')}
        {...(hints
          ? { description: t('vpn.connections.remoteSubnetHint'), placeholder: '192.168.1.0/24' }
          : {})}
        required
        {...inputProps('remoteSubnet')}
      />
    </>
  );
}

/** The masked pre-shared key with its "generate" button (the key is never logged). */
export function PskField(props: {
  inputProps: InputProps;
  onGenerate: (psk: string) => void;
  label: string;
  description: string;
  required: boolean;
}) {
  const { inputProps, onGenerate, label, description, required } = props;
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="nowrap">
      <PasswordInput
        style={{ flex: 1 }}
        label={label}
        description={description}
        required={required}
        autoComplete="new-password"
        spellCheck={false}
        visibilityToggleButtonProps={{ 'aria-label': t('vpn.connections.pskReveal') }}
        {...inputProps('psk')}
      />
      <Button variant="default" onClick={() => onGenerate(generatePsk())}>
        {t('vpn.connections.pskGenerate')}
      </Button>
    </Group>
  );
}

/** The "apply now" switch; `hint` adds the create forms' description. */
export function EffectImmediatelySwitch(props: { inputProps: InputProps; hint: boolean }) {
  const { t } = useTranslation();
  return (
    <Switch
      label={t('vpn.connections.effectImmediately')}
      {...(props.hint ? { description: t('vpn.connections.effectImmediatelyHint') } : {})}
      {...props.inputProps('effectImmediately', { type: 'checkbox' })}
    />
  );
}

/** The "advanced" toggle and what it shows; `open`/`setOpen` let a form open it on an error. */
export function AdvancedToggle(props: {
  open: boolean;
  setOpen: (f: (o: boolean) => boolean) => void;
  id?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        variant="default"
        w="fit-content"
        aria-expanded={props.open}
        onClick={() => props.setOpen((o) => !o)}
      >
        {props.open ? t('vpn.advanced.hide') : t('vpn.advanced.show')}
      </Button>
      {props.open && <Stack id={props.id}>{props.children}</Stack>}
    </>
  );
}
