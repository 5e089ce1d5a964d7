import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { credentialsFromEnv, isAlibabaCloud, runCli } from './cli-args.ts';
import { EMULATOR_TIMING, freshEmulator, record } from './run.ts';

const HELP = `pnpm parity:record [--endpoint URL] [--region ID] [--out FILE] [--vpc ID] [--vswitch ID]... [--yes]

Runs the parity scenario (create → wait → describe → modify → delete of a customer gateway, an EIP,
a NAT gateway with an SNAT entry, a dual-tunnel VPN gateway and an IPv6 gateway, then bad requests)
and writes the redacted, normalised recording. Without --endpoint it runs on a fresh embedded
emulator. Against *.aliyuncs.com it creates billed resources for a few minutes: it needs --yes and
the credentials in ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET.`;

/** `pnpm parity:record`: see HELP. */
async function main(argv = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      endpoint: { type: 'string' },
      region: { type: 'string', default: 'cn-hangzhou' },
      out: { type: 'string' },
      vpc: { type: 'string' },
      vswitch: { type: 'string', multiple: true },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const embedded = values.endpoint === undefined ? await freshEmulator() : undefined;
  try {
    const endpoint = embedded?.target.endpoint ?? String(values.endpoint);
    const real = isAlibabaCloud(endpoint);
    if (real && !values.yes) {
      console.error(
        `${HELP}\n\nRefused: add --yes to create (and delete) resources in your account.`,
      );
      return 2;
    }
    const credentials = embedded?.target.credentials ??
      credentialsFromEnv(process.env) ?? { ...DEMO_ACCESS_KEY };
    const recording = await record(
      { endpoint, credentials },
      {
        regionId: values.region,
        ...(values.vpc ? { vpcId: values.vpc } : {}),
        ...(values.vswitch ? { vswitchIds: values.vswitch } : {}),
        ...(real ? {} : { timing: EMULATOR_TIMING }),
      },
    );
    const out = resolve(
      values.out ?? `parity/recordings/${recording.source}-${recording.regionId}.json`,
    );
    writeFileSync(out, `${JSON.stringify(recording, null, 2)}\n`);
    const failed = recording.steps.filter((s) => s.status >= 400).length;
    console.log(`${recording.steps.length} steps (${failed} refused, as some must be) → ${out}`);
    return 0;
  } finally {
    await embedded?.emulator.close();
  }
}

runCli(main);
