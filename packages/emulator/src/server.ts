import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin.ts';
import type { AdminControl } from './admin.ts';
import { Authenticator } from './auth.ts';
import { buildRegistry } from './dispatch.ts';
import { Faults } from './faults.ts';
import { Idempotency } from './idempotency.ts';
import { createIdFactory } from './ids.ts';
import { Lifecycle } from './lifecycle.ts';
import { createLogger } from './logger.ts';
import { DEMO_ACCESS_KEY } from './options.ts';
import type { EmulatorOptions, RunningEmulator } from './options.ts';
import { loadStateFile, StateWriter } from './persistence.ts';
import { resourceModules } from './resources/index.ts';
import { handleRpc } from './rpc.ts';
import { seedStore } from './seed.ts';
import { Stats } from './stats.ts';
import { Store } from './store.ts';

const MAX_BODY_BYTES = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

function tooLarge(res: ServerResponse): void {
  res.writeHead(413, { 'content-type': 'text/plain' });
  res.end('request body too large');
}

/** Starts the VPC API emulator on 127.0.0.1 (port 0 = a free port). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const logger = createLogger(options.logger);
  const registry = buildRegistry(resourceModules);
  const store = new Store();
  const seed = options.seed ?? true;
  const reset = (): void => {
    store.restore(Store.empty());
    if (seed) seedStore(store, registry.modules);
  };
  // A corrupt state file throws here, before anything could overwrite it.
  const loaded = options.stateFile ? loadStateFile(options.stateFile) : undefined;
  if (loaded) store.restore(loaded);
  else reset();
  const lifecycle = new Lifecycle(store, registry.effects, options.timing ?? { mode: 'timed' });
  const writer = options.stateFile
    ? new StateWriter(options.stateFile, () => store.snapshot())
    : undefined;
  if (writer && !loaded) await writer.flush();
  const onMutation = (): void => writer?.markDirty();
  const keys = options.accessKeys ?? {
    [DEMO_ACCESS_KEY.accessKeyId]: DEMO_ACCESS_KEY.accessKeySecret,
  };
  const faults = new Faults(options.rngSeed ?? 1);
  const stats = new Stats();
  const deps = {
    registry,
    store,
    lifecycle,
    auth: new Authenticator(() => keys),
    idempotency: new Idempotency(store),
    faults,
    stats,
    logger,
    newId: createIdFactory(),
    onMutation,
  };
  const control: AdminControl = {
    reset,
    snapshot: () => store.snapshot(),
    restore: (data) => store.restore(data),
    setTiming: (timing) => lifecycle.setTiming(timing),
    advance: (ms) => lifecycle.advance(ms),
    faults,
    stats,
  };

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        if (body === undefined) return tooLarge(res);
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith('/_emulator/')) return handleAdmin(req, res, body, control, onMutation);
        return handleRpc(req, res, body, deps);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url }, 'VPC API emulator listening');
  return {
    url,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await writer?.flush();
    },
  };
}
