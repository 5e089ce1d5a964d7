import { healthRoutes } from '@gc/contracts';
import { Alert } from '@mantine/core';
import { useIsFetching, useIsMutating, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bffClient } from '../../lib/bff-client';

const KEY = 'upstream-rate';
// A request slower than this may be waiting its turn: only then is the budget asked.
const SLOW_MS = 1500;
const POLL_MS = 2000;

/**
 * Says when the console is waiting on the account's API rate (issue 20), not just spinning:
 * while some request has been pending for a while, asks the BFF how many calls wait their turn.
 */
export function UpstreamRateNotice() {
  const { t } = useTranslation();
  const fetching = useIsFetching({ predicate: (q) => q.queryKey[0] !== KEY });
  const mutating = useIsMutating();
  const busy = fetching + mutating > 0;
  const [slowFlag, setSlowFlag] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlowFlag(true), SLOW_MS);
    return () => {
      clearTimeout(timer);
      setSlowFlag(false);
    };
  }, [busy]);
  const slow = busy && slowFlag;
  const rate = useQuery({
    queryKey: [KEY],
    queryFn: ({ signal }) => bffClient.call(healthRoutes.upstreamRate, { signal }),
    enabled: slow,
    refetchInterval: slow ? POLL_MS : false,
    staleTime: 0,
    gcTime: 0,
  });
  const data = slow ? rate.data : undefined;
  if (!data?.limited || data.waiting === 0) return null;
  return (
    <Alert role="status" color="blue" mb="md" title={t('upstreamRate.title')}>
      {t('upstreamRate.waiting', { count: data.waiting, rate: data.callsPerSecond })}
      {data.slowedBuckets > 0 &&
        ` ${t('upstreamRate.slowed', { rate: data.slowestCallsPerSecond })}`}
    </Alert>
  );
}
