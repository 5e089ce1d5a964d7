import type { RateBudget } from '@gc/vpc-client';

/** What the gate reads of the account's budget ({@link RateBudget.headroom}). */
export type BudgetHeadroom = Pick<RateBudget, 'headroom'>;

/** Background re-reads take at most this share of a region's call rate. */
export const BACKGROUND_SHARE = 0.5;

/** The page size list reads ask for (collectPages' default): a re-read of n items costs ⌈n/50⌉ calls. */
const PAGE_SIZE = 50;

/**
 * Whether a background re-read of a region's list may start now (issue 17: the index's re-reads
 * respect `VPC_RATE_LIMIT`). They are optional work: a list younger than the staleness bound is
 * served meanwhile, and past it the user's own read goes ahead regardless. So one waits while
 * calls of the region wait for their turn or throttling has slowed its buckets, and starts no
 * sooner than its previous read's calls allow at {@link BACKGROUND_SHARE} of the region's rate.
 * Without a budget (no `VPC_RATE_LIMIT`) every re-read may start.
 */
export function mayReread(
  budget: BudgetHeadroom | undefined,
  regionId: string,
  last: { items: number; startedAt: number } | undefined,
  now: number,
): boolean {
  if (budget === undefined) return true;
  const room = budget.headroom(regionId);
  if (room.waiting > 0 || room.slowed) return false;
  if (last === undefined) return true;
  const calls = Math.max(1, Math.ceil(last.items / PAGE_SIZE));
  return now - last.startedAt >= (calls / (room.callsPerSecond * BACKGROUND_SHARE)) * 1000;
}
