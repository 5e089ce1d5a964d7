import { Group, Loader } from '@mantine/core';
import { statusTone, type StatusTable } from '../../lib/resource-status';
import { rowText, useI18n } from './list-page/cells';

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
  // One element in every list row: Mantine's <Group> markup holding the label, its dot the
  // element's `::before`. Its look (the tone's colours by `data-tone`) is app/global.css's
  // `gc-status`.
  return (
    <div className={GROUP_CLASS} data-tone={tone} data-transitional={transitional || undefined}>
      {transitional && <Loader size={10} color={`${TONE_COLOR[tone]}.7`} aria-hidden="true" />}
      {label}
    </div>
  );
}

const GROUP_CLASS = `${Group.classes.root} mantine-Group-root gc-status`;

/** A resource's status, translated and coloured by its kind's table, spinning while it changes. */
export function ResourceStatusBadge({ table, status }: { table: StatusTable; status: string }) {
  const i18n = useI18n();
  return (
    <StatusBadge
      label={rowText(i18n, table.labelKey(status), { defaultValue: status })}
      tone={statusTone(table, status)}
      transitional={table.transitional.has(status)}
    />
  );
}
