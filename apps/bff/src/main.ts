import { startBff } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { demoBanner } from './demo-banner.ts';

// Listen only: wiring lives in bootstrap.ts, the app in app.ts.
let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const bff = await startBff(config).catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
bff.logger.info(
  { url: bff.url, demo: config.demo, emulator: bff.emulatorUrl },
  config.demo
    ? `Gateway Console (demo data) on ${bff.url} — log in as operator/operator or auditor/auditor`
    : `Gateway Console on ${bff.url}`,
);
if (config.demo) console.error(demoBanner(bff.url));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    bff.logger.info({ signal }, 'shutting down');
    bff.close().then(
      () => process.exit(0),
      (err: unknown) => {
        bff.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
