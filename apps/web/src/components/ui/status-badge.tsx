import { Badge, Loader } from '@mantine/core';

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
  /** A state the resource leaves on its own (Creating…): shows a spinner. */
  transitional?: boolean;
}

/**
 * A status as text with a coloured marker. The `dot` variant keeps the text in the body colour,
 * so the contrast holds whatever the tone.
 */
export function StatusBadge({ label, tone, transitional = false }: StatusBadgeProps) {
  return (
    <Badge
      variant="dot"
      color={TONE_COLOR[tone]}
      tt="none"
      size="md"
      data-tone={tone}
      leftSection={
        transitional ? <Loader size={10} color={TONE_COLOR[tone]} aria-hidden="true" /> : undefined
      }
      styles={transitional ? { root: { '--badge-dot-size': '0px' } as never } : undefined}
    >
      {label}
    </Badge>
  );
}
