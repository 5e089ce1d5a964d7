import { z } from 'zod';

/** One relayed fact: a region's reads are stale, or the API throttled an action in a region. */
export type RelayMessage =
  | { t: 'inv'; scope: string | null }
  | { t: 'thr'; action: string; regionId: string; retryAfterMs: number };

const messageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('inv'), from: z.string(), scope: z.string().nullable() }),
  z.object({
    t: z.literal('thr'),
    from: z.string(),
    action: z.string(),
    regionId: z.string(),
    retryAfterMs: z.number().min(0).max(3_600_000),
  }),
]);

/** A NOTIFY payload back to a message with its sender; anything else (another version) is ignored. */
export function parseRelayMessage(
  payload: string | undefined,
): (RelayMessage & { from: string }) | undefined {
  if (!payload) return undefined;
  try {
    const r = messageSchema.safeParse(JSON.parse(payload));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
