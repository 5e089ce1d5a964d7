import { parseArgs } from 'node:util';
import { checkAdminToken } from './admin-access.ts';
import type { EmulatorOptions, TimingMode } from './options.ts';

const MODES: readonly TimingMode[] = ['immediate', 'timed', 'manual'];

/** `VPC_EMULATOR_ACCESS_KEYS=id:secret,id2:secret2` → `{ id: secret, id2: secret2 }`. */
export function parseAccessKeys(raw: string | undefined): Record<string, string> | undefined {
  if (!raw) return undefined;
  const keys: Record<string, string> = {};
  for (const pair of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const colon = pair.indexOf(':');
    if (colon <= 0 || colon === pair.length - 1)
      throw new Error('VPC_EMULATOR_ACCESS_KEYS must look like id:secret,id2:secret2');
    keys[pair.slice(0, colon)] = pair.slice(colon + 1);
  }
  return keys;
}

/**
 * Options of `pnpm emulator`: `--port` / `VPC_EMULATOR_PORT` (default 8081), `--host`,
 * `--state FILE`, `--timing immediate|timed|manual` (default timed), `--no-seed`,
 * `VPC_EMULATOR_ACCESS_KEYS` (default the demo pair), `VPC_EMULATOR_ADMIN_TOKEN` (default random;
 * an environment variable, not a flag, so it stays out of `ps`), `VPC_EMULATOR_SEED_TIME` (an ISO
 * time that pins seeded dates; default the start time). Throws a readable error on bad input.
 */
export function parseCliOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
): EmulatorOptions & { port: number } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      state: { type: 'string' },
      timing: { type: 'string' },
      'no-seed': { type: 'boolean' },
    },
  });
  const rawPort = values.port ?? env.VPC_EMULATOR_PORT ?? '8081';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new Error(`invalid port: ${rawPort}`);
  const mode = (values.timing ?? 'timed') as TimingMode;
  if (!MODES.includes(mode)) throw new Error(`--timing must be one of ${MODES.join(', ')}`);
  const accessKeys = parseAccessKeys(env.VPC_EMULATOR_ACCESS_KEYS);
  const adminToken = env.VPC_EMULATOR_ADMIN_TOKEN;
  if (adminToken !== undefined) checkAdminToken(adminToken);
  const seedTime = env.VPC_EMULATOR_SEED_TIME ? new Date(env.VPC_EMULATOR_SEED_TIME) : undefined;
  if (seedTime && Number.isNaN(seedTime.getTime()))
    throw new Error(`VPC_EMULATOR_SEED_TIME must be an ISO time: ${env.VPC_EMULATOR_SEED_TIME}`);
  return {
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(accessKeys ? { accessKeys } : {}),
    ...(adminToken !== undefined ? { adminToken } : {}),
    ...(values.state ? { stateFile: values.state } : {}),
    ...(seedTime ? { seedTime } : {}),
    timing: { mode },
    seed: !values['no-seed'],
  };
}
