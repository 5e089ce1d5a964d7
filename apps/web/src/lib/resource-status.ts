import type { StatusTone } from '../components/ui/status-badge';

/** How one kind of resource shows its status: which values are usable, leaving, or changing. */
export interface StatusTable {
  /** The usable state (green). */
  ok: string;
  /** The going-away state (yellow). */
  leaving: string;
  /** States the resource leaves on its own (blue, spinner): the UI polls while one is shown. */
  transitional: ReadonlySet<string>;
  /** The i18n key of a status label; unknown values are shown as they come. */
  labelKey: (status: string) => string;
}

/** Colour of a status: green when usable, yellow while going away, blue while changing. */
export function statusTone(table: StatusTable, status: string): StatusTone {
  if (status === table.ok) return 'ok';
  if (status === table.leaving) return 'warning';
  return table.transitional.has(status) ? 'progress' : 'neutral';
}
