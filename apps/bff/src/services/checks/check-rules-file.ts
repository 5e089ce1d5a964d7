import { readFileSync } from 'node:fs';
import { checkIdSchema, checkSeveritySchema, type CheckId } from '@gc/contracts';
import { z } from 'zod';
import { DEFAULT_CHECK_SETTINGS, type CheckRules } from './check-settings.ts';

const port = z.number().int().min(1).max(65535);
const base = { enabled: z.boolean().optional(), severity: checkSeveritySchema.optional() };

// Options a check takes besides on/off and severity; every other check takes none (strict).
const OPTIONS: Partial<Record<CheckId, z.ZodRawShape>> = {
  'nat-dnat-risky-port': { ports: z.array(port).min(1).optional() },
  'nat-vpc-not-allowed': { allowedVpcIds: z.array(z.string().trim().min(1)).optional() },
  'expiring-soon': { days: z.number().int().min(0).max(3650).optional() },
  'ipv6-bandwidth-ceiling': { maxMbps: z.number().int().min(1).optional() },
};

const checksShape = Object.fromEntries(
  checkIdSchema.options.map((id) => [
    id,
    z
      .object({ ...base, ...OPTIONS[id] })
      .strict()
      .optional(),
  ]),
);

/** The rule-set file (`CHECKS_FILE`, JSON): `{ "checks": { "<check id>": { … } } }`. */
export const checkRulesFileSchema = z.object({ checks: z.object(checksShape).strict() }).strict();

type Entry = { enabled?: boolean; severity?: z.infer<typeof checkSeveritySchema> } & Record<
  string,
  unknown
>;

/** Validates a parsed rule-set; throws an Error whose message names each bad field. */
export function parseCheckRules(raw: unknown, source = 'CHECKS_FILE'): CheckRules {
  const r = checkRulesFileSchema.safeParse(raw);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${source}: ${problems.join('; ')}`);
  }
  const checks = r.data.checks as Partial<Record<CheckId, Entry>>;
  const disabled = new Set<CheckId>();
  const severity = new Map<CheckId, z.infer<typeof checkSeveritySchema>>();
  for (const id of checkIdSchema.options) {
    const entry = checks[id];
    if (entry?.enabled === false) disabled.add(id);
    if (entry?.severity) severity.set(id, entry.severity);
  }
  const opt = <T>(id: CheckId, key: string): T | undefined => checks[id]?.[key] as T | undefined;
  const d = DEFAULT_CHECK_SETTINGS;
  return {
    disabled,
    severity,
    settings: {
      riskyPorts: opt<number[]>('nat-dnat-risky-port', 'ports') ?? d.riskyPorts,
      allowedVpcIds: opt<string[]>('nat-vpc-not-allowed', 'allowedVpcIds') ?? d.allowedVpcIds,
      expiryDays: opt<number>('expiring-soon', 'days') ?? d.expiryDays,
      ipv6MaxBandwidthMbps:
        opt<number>('ipv6-bandwidth-ceiling', 'maxMbps') ?? d.ipv6MaxBandwidthMbps,
    },
  };
}

/** Reads and validates `CHECKS_FILE`; unreadable or invalid JSON is named too. */
export function loadCheckRules(file: string): CheckRules {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`CHECKS_FILE ${file}: ${(err as Error).message}`);
  }
  return parseCheckRules(raw, `CHECKS_FILE ${file}`);
}
