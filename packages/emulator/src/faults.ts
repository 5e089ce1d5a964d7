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
  kind: z.enum(['throttling', 'unavailable', 'internal', 'latency', 'drop']),
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

  constructor(private readonly defaultSeed: number) {
    this.rng = createRng(defaultSeed);
  }

  /** Replaces the rules (and reseeds). */
  configure(config: z.infer<typeof faultConfigSchema>): void {
    this.rules = config.rules;
    this.rng = createRng(config.seed ?? this.defaultSeed);
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
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
