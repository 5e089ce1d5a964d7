import { parseCliOptions } from './cli-options.ts';
import { DEMO_ACCESS_KEY } from './options.ts';
import { startEmulator } from './server.ts';

// CLI of `pnpm emulator` (root script: tsx packages/emulator/src/main.ts); options in cli-options.ts.

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  const emulator = await startEmulator(options);
  const keyIds = Object.keys(options.accessKeys ?? { [DEMO_ACCESS_KEY.accessKeyId]: '' });
  // AccessKey secrets are never printed; the demo secret is in the README. The admin token is:
  // whoever reads this terminal started the process, and needs it to drive the admin API.
  console.log(
    `\nAlibaba Cloud VPC API emulator (2016-04-28) listening on ${emulator.url}\n` +
      `  AccessKeyId: ${keyIds.join(', ')}${options.accessKeys ? '' : ' (demo pair, secret in packages/emulator/README.md)'}\n` +
      `  timing: ${options.timing?.mode ?? 'timed'}${options.stateFile ? `   state file: ${options.stateFile}` : ''}\n` +
      `  admin API: curl -H 'X-Emulator-Admin-Token: ${emulator.adminToken}' ${emulator.url}/_emulator/health\n`,
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
