import { z } from 'zod';
import type { ApiError } from './api-error.ts';
import { internalError, serviceUnavailable, throttlingUser } from './errors.ts';
import { createRng } from './rng.ts';
import type { Rng } from './rng.ts';

/** One chaos rule, LocalStack-style. */
export const faultRuleSchema = z.object({
  action: z.string().min(1).optional(),
  /** Only requests with this `RegionId` (default: every region), to fail one region of a fan-out. */
  regionId: z.string().min(1).optional(),
  probability: z.number().min(0).max(1),
  kind: z.enum(['throttling', 'unavailable', 'internal', 'latency', 'drop', 'rateLimit']),
  /** `rateLimit`: calls allowed per `windowSeconds` for each region and action, as Alibaba counts them. */
  limit: z.number().int().min(1).max(1_000_000).optional(),
  windowSeconds: z.number().int().min(1).max(3600).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  jitterMs: z.number().int().min(0).max(120_000).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
});

/** Body of `PUT /_emulator/faults`. */
export const faultConfigSchema = z.object({
  seed: z.number().int().optional(),
  rules: z.array(faultRuleSchema).max(100),
});

/** A parsed fault rule. */
export type FaultRule = z.infer<typeof faultRuleSchema>;

/** What the rules decided for one request. */
export interface FaultDecision {
  latencyMs: number;
  error?: ApiError;
  drop: boolean;
}

/** Chaos injection with a seeded RNG, so a run with the same seed and traffic repeats. */
export class Faults {
  private rules: FaultRule[] = [];
  private rng: Rng;
  // `rateLimit` rules: calls counted per rule, region and action in the current fixed window.
  private windows = new Map<string, { start: number; calls: number }>();

  constructor(private readonly defaultSeed: number) {
    this.rng = createRng(defaultSeed);
  }

  /** Replaces the rules (and reseeds). */
  configure(config: z.infer<typeof faultConfigSchema>): void {
    this.rules = config.rules;
    this.rng = createRng(config.seed ?? this.defaultSeed);
    this.windows.clear();
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
    this.windows.clear();
  }

  /** Current rules. */
  list(): FaultRule[] {
    return this.rules;
  }

  /** Rolls every rule matching `action` (and `regionId`); the first firing error/drop rule wins, latencies add up. */
  decide(action: string, regionId?: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, drop: false };
    for (const rule of this.rules) {
      if (rule.action !== undefined && rule.action !== action) continue;
      if (rule.regionId !== undefined && rule.regionId !== regionId) continue;
      if (rule.kind === 'rateLimit') {
        const over = this.overLimit(rule, action, regionId);
        if (over !== undefined && !decision.error && !decision.drop) decision.error = over;
        continue;
      }
      if (this.rng() >= rule.probability) continue;
      if (rule.kind === 'latency') {
        decision.latencyMs += (rule.latencyMs ?? 0) + Math.floor(this.rng() * (rule.jitterMs ?? 0));
      } else if (!decision.error && !decision.drop) {
        if (rule.kind === 'drop') decision.drop = true;
        else decision.error = this.errorOf(rule);
      }
    }
    return decision;
  }

  /**
   * A fixed window per region and action, like Alibaba's "300/60(s)" quotas: past `limit` calls
   * the answer is Throttling.User, with the seconds until the window ends as the retry-after.
   */
  private overLimit(rule: FaultRule, action: string, regionId = ''): ApiError | undefined {
    const windowMs = (rule.windowSeconds ?? 1) * 1000;
    const key = `${this.rules.indexOf(rule)}\u0000${regionId}\u0000${action}`;
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, calls: 0 };
      this.windows.set(key, w);
    }
    w.calls += 1;
    if (w.calls <= (rule.limit ?? 1)) return undefined;
    const error = throttlingUser();
    error.headers['x-acs-retry-after'] = String(Math.ceil((w.start + windowMs - now) / 1000));
    return error;
  }

  private errorOf(rule: FaultRule): ApiError {
    if (rule.kind === 'unavailable') return serviceUnavailable();
    if (rule.kind === 'internal') return internalError();
    // Throttling is HTTP 400 in Alibaba's common error tables (REFERENCE §5.2); clients classify
    // it by Code and read the delay from x-acs-retry-after (seconds).
    const error = throttlingUser();
    error.headers['x-acs-retry-after'] = String(rule.retryAfterSeconds ?? 1);
    return error;
  }
}
