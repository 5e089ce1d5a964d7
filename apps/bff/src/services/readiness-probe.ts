import type { VpcClient } from '@gc/vpc-client';
import type { UserStore } from '../auth/user-store.ts';
import { UsersFileError } from '../auth/users-file.ts';

/** One readiness check: the VPC API's answer and, when the users file is unusable, why. */
export interface Readiness {
  ready: boolean;
  upstream: { latencyMs: number } | { code: string };
  /** The users file's fault, without the file's path or any of its text. */
  users?: { reason: string };
}

/** How long a result holds: short after a failure, so a recovery shows quickly. */
export interface ReadinessTtl {
  readyMs: number;
  unavailableMs: number;
}

/** 15 s: a load balancer polling every few seconds costs one signed call per 15 s per instance. */
export const READINESS_TTL: ReadinessTtl = { readyMs: 15_000, unavailableMs: 5_000 };

type Log = { warn(obj: object, msg?: string): void };

async function checkUpstream(client: VpcClient): Promise<Readiness['upstream']> {
  const started = performance.now();
  try {
    await client.describeRegions({ AcceptLanguage: 'en-US' });
    return { latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'Unreachable' };
  }
}

async function checkUsers(users: UserStore, log?: Log): Promise<Readiness['users']> {
  const problem = await users.problem?.().catch((err: unknown) => err as Error);
  if (problem === undefined) return undefined;
  // The path and the field go to the log only: the body is public.
  log?.warn({ err: { message: problem.message } }, 'the users file is unusable: no login works');
  const reason = problem instanceof UsersFileError ? problem.reason : 'cannot be read';
  return { reason: `the users file ${reason}` };
}

/**
 * Readiness with a cache and a single flight: however many callers ask, at most one probe (one
 * signed DescribeRegions) runs per TTL, and callers arriving during it share its result. An
 * anonymous `/api/ready` storm therefore costs the account nothing beyond that one call.
 */
export function readinessProbe(
  client: VpcClient,
  users: UserStore,
  opts: { ttl?: ReadinessTtl; now?: () => number } = {},
): (log?: Log) => Promise<Readiness> {
  const ttl = opts.ttl ?? READINESS_TTL;
  const now = opts.now ?? Date.now;
  let cached: { at: number; result: Readiness } | undefined;
  let inFlight: Promise<Readiness> | undefined;
  const probe = async (log?: Log): Promise<Readiness> => {
    const [upstream, usersFault] = await Promise.all([
      checkUpstream(client),
      checkUsers(users, log),
    ]);
    const ready = 'latencyMs' in upstream && usersFault === undefined;
    return usersFault ? { ready, upstream, users: usersFault } : { ready, upstream };
  };
  // The caller that starts a probe lends it its (request) logger.
  return (log) => {
    if (cached) {
      const holds = cached.result.ready ? ttl.readyMs : ttl.unavailableMs;
      if (now() - cached.at < holds) return Promise.resolve(cached.result);
    }
    inFlight ??= probe(log)
      .then((result) => {
        cached = { at: now(), result };
        return result;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}
