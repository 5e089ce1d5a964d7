import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format';
import { renderNow } from '../../../lib/hydration';
import { useStableCallback } from './use-stable-callback';

/** When a list was read, and how often it is read again. */
export interface Freshness {
  /** Epoch ms the rows were read upstream (`indexedAt`), else when the browser got them. */
  readAt: number;
  /** The staleness bound the BFF states (`staleAfterMs`), if any. */
  staleAfterMs?: number;
  /** The list is read again this often while the tab is visible. */
  refreshEveryMs: number;
}

/** Without a bound from the BFF, a visible list is read again this often. */
export const DEFAULT_REFRESH_MS = 30_000;
// A bound shorter than this would turn the page into a poller.
const MIN_REFRESH_MS = 5_000;

/**
 * The freshness of a list answer: the upstream read time (`indexedAt`) and staleness bound
 * (`staleAfterMs`) when the BFF sends them (optional fields of the list responses), else the
 * time the browser received the answer.
 */
export function listFreshness(answer: unknown, receivedAt: number): Freshness | undefined {
  if (answer === null || typeof answer !== 'object' || receivedAt === 0) return undefined;
  const { indexedAt, staleAfterMs } = answer as { indexedAt?: unknown; staleAfterMs?: unknown };
  const indexed = typeof indexedAt === 'string' ? Date.parse(indexedAt) : NaN;
  const bound = typeof staleAfterMs === 'number' && staleAfterMs > 0 ? staleAfterMs : undefined;
  return {
    readAt: Number.isFinite(indexed) ? Math.min(indexed, receivedAt) : receivedAt,
    ...(bound === undefined ? {} : { staleAfterMs: bound }),
    refreshEveryMs: Math.max(bound ?? DEFAULT_REFRESH_MS, MIN_REFRESH_MS),
  };
}

/** Ticks each second so "N s ago" stays true; only this text re-renders, not the table. */
function useNow(): number {
  const [now, setNow] = useState(renderNow);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    // A hydrated page first showed the server's time: the real one right after.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now;
}

/** "Updated 4 s ago", with the exact time and the refresh rule in its title. */
export function ListFreshness({ freshness }: { freshness: Freshness }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const seconds = Math.max(0, Math.round((now - freshness.readAt) / 1000));
  const text =
    seconds < 5
      ? t('speedWeb.updated.justNow')
      : seconds < 60
        ? t('speedWeb.updated.seconds', { count: seconds })
        : t('speedWeb.updated.minutes', { count: Math.floor(seconds / 60) });
  const at = formatTime(freshness.readAt, i18n.language);
  const every = Math.round(freshness.refreshEveryMs / 1000);
  return (
    <Text
      size="sm"
      c="dimmed"
      role="status"
      aria-live="off"
      title={t('speedWeb.updated.title', { at, every })}
    >
      {text}
    </Text>
  );
}

/**
 * Reads the list again every `everyMs` while the tab is visible (coming back to the tab reads it
 * at once already: TanStack's focus manager listens to `visibilitychange`).
 */
export function useAutoRefresh(refetch: () => unknown, everyMs: number | undefined): void {
  const refetchLatest = useStableCallback(refetch);
  useEffect(() => {
    if (everyMs === undefined) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refetchLatest();
    }, everyMs);
    return () => clearInterval(timer);
  }, [everyMs, refetchLatest]);
}
