import { Group, Loader, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { statusTone, type StatusTable } from '../../lib/resource-status';
import { useI18n } from './list-page/cells';

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
  const look = LOOK[tone];
  // Mantine's <Group>/<Box>/<Text> markup as plain elements: every list row has a badge.
  return (
    <div
      className={GROUP_CLASS}
      style={look.badge}
      data-tone={tone}
      data-transitional={transitional || undefined}
    >
      {transitional ? (
        <Loader size={10} color={`${TONE_COLOR[tone]}.7`} aria-hidden="true" />
      ) : (
        <div aria-hidden="true" style={look.dot} />
      )}
      <span className={TEXT_CLASS} style={LABEL_STYLE}>
        {label}
      </span>
    </div>
  );
}

const GROUP_CLASS = `${Group.classes.root} mantine-Group-root`;
const TEXT_CLASS = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;
const LABEL_STYLE: CSSProperties = {
  whiteSpace: 'nowrap',
  color: 'var(--mantine-color-text)',
  fontSize: 'var(--mantine-font-size-xs)',
  fontWeight: 600,
};
const DOT = 'calc(0.5rem * var(--mantine-scale))';
const LOOK = Object.fromEntries(
  Object.entries(TONE_COLOR).map(([tone, color]) => [
    tone,
    {
      badge: {
        '--group-gap': 'calc(0.375rem * var(--mantine-scale))',
        '--group-align': 'center',
        '--group-justify': 'flex-start',
        '--group-wrap': 'nowrap',
        paddingInline: 'calc(0.5rem * var(--mantine-scale))',
        paddingBlock: 'calc(0.125rem * var(--mantine-scale))',
        width: 'fit-content',
        border: `1px solid var(--mantine-color-${color}-4)`,
        borderRadius: 999,
        // `-light` is Mantine's tint for either scheme: pale on white, deep on the dark body.
        background: `var(--mantine-color-${color}-light)`,
      } as CSSProperties,
      dot: {
        width: DOT,
        height: DOT,
        borderRadius: 999,
        background: `var(--mantine-color-${color}-7)`,
      } as CSSProperties,
    },
  ]),
) as Record<StatusTone, { badge: CSSProperties; dot: CSSProperties }>;

/** A resource's status, translated and coloured by its kind's table, spinning while it changes. */
export function ResourceStatusBadge({ table, status }: { table: StatusTable; status: string }) {
  const i18n = useI18n();
  return (
    <StatusBadge
      label={i18n.t(table.labelKey(status), { defaultValue: status })}
      tone={statusTone(table, status)}
      transitional={table.transitional.has(status)}
    />
  );
}
