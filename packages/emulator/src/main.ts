import { parseArgs } from 'node:util';
import { DEMO_ACCESS_KEY } from './options.ts';
import type { TimingMode } from './options.ts';
import { startEmulator } from './server.ts';

// CLI of `pnpm emulator`: --port / VPC_EMULATOR_PORT (default 8081), VPC_EMULATOR_ACCESS_KEYS
// (`id:secret,id2:secret2`, default the demo pair), --state FILE, --timing MODE, --no-seed.

function parseKeys(raw: string | undefined): Record<string, string> | undefined {
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      state: { type: 'string' },
      timing: { type: 'string' },
      'no-seed': { type: 'boolean' },
    },
  });
  const port = Number(values.port ?? process.env.VPC_EMULATOR_PORT ?? 8081);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port: ${values.port}`);
  const mode = (values.timing ?? 'timed') as TimingMode;
  if (!['immediate', 'timed', 'manual'].includes(mode))
    throw new Error(`--timing must be immediate, timed or manual`);
  const accessKeys = parseKeys(process.env.VPC_EMULATOR_ACCESS_KEYS);
  const emulator = await startEmulator({
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(accessKeys ? { accessKeys } : {}),
    ...(values.state ? { stateFile: values.state } : {}),
    timing: { mode },
    seed: !values['no-seed'],
  });
  const keyIds = Object.keys(accessKeys ?? { [DEMO_ACCESS_KEY.accessKeyId]: '' });
  // Secrets are never printed; the demo secret is in the README.
  console.log(
    `\nAlibaba Cloud VPC API emulator (2016-04-28) listening on ${emulator.url}\n` +
      `  AccessKeyId: ${keyIds.join(', ')}${accessKeys ? '' : ' (demo pair, secret in packages/emulator/README.md)'}\n` +
      `  timing: ${mode}${values.state ? `   state file: ${values.state}` : ''}\n` +
      `  admin API: ${emulator.url}/_emulator/health\n`,
  );
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`vpc-emulator: ${(error as Error).message}`);
  process.exit(1);
});
