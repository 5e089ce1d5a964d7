import { Box, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusTone, type StatusTable } from '../../lib/resource-status';

export type StatusTone = 'ok' | 'progress' | 'warning' | 'neutral' | 'danger';

const TONE_COLOR: Record<StatusTone, string> = {
  ok: 'green',
  progress: 'blue',
  warning: 'yellow',
  neutral: 'gray',
  danger: 'red',
};

interface StatusBadgeProps {
  label: string;
  tone: StatusTone;
  /** A state the resource leaves on its own (Creating…): a spinner replaces the dot. */
  transitional?: boolean;
}

/**
 * A status as text with a coloured marker. Only the marker is coloured; the text keeps the body
 * colour, so the contrast holds whatever the tone (a yellow label on white would fail AA).
 */
export function StatusBadge({ label, tone, transitional = false }: StatusBadgeProps) {
  const color = TONE_COLOR[tone];
  return (
    <Group
      gap={6}
      wrap="nowrap"
      px={8}
      py={2}
      w="fit-content"
      data-tone={tone}
      data-transitional={transitional || undefined}
      style={{
        border: `1px solid var(--mantine-color-${color}-4)`,
        borderRadius: 999,
        // `-light` is Mantine's tint for either scheme: pale on white, deep on the dark body.
        background: `var(--mantine-color-${color}-light)`,
      }}
    >
      {transitional ? (
        <Loader size={10} color={`${color}.7`} aria-hidden="true" />
      ) : (
        <Box
          aria-hidden="true"
          w={8}
          h={8}
          style={{ borderRadius: 999, background: `var(--mantine-color-${color}-7)` }}
        />
      )}
      <Text span fz="xs" fw={600} c="var(--mantine-color-text)" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
    </Group>
  );
}

/** A resource's status, translated and coloured by its kind's table, spinning while it changes. */
export function ResourceStatusBadge({ table, status }: { table: StatusTable; status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      label={t(table.labelKey(status), { defaultValue: status })}
      tone={statusTone(table, status)}
      transitional={table.transitional.has(status)}
    />
  );
}
