// An emulator and the BFF (createApp) in this process, each on 127.0.0.1:0: what the benches,
// the soak and the fuzzer drive. Mirrors apps/bff/test/harness.ts, without its log capture.
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from '../../apps/bff/src/app.ts';
import { createDemoUserStore } from '../../apps/bff/src/auth/user-store.ts';
import { createLogger } from '../../apps/bff/src/logger.ts';
import { createHttpServer, DEFAULT_SERVER_LIMITS, listen } from '../../apps/bff/src/http-server.ts';
import { answerProtocolErrors } from '../../apps/bff/src/spa/protocol-errors.ts';
import {
  ADMIN_TOKEN_HEADER,
  DEMO_ACCESS_KEY,
  startEmulator,
  type RunningEmulator,
} from '@gc/emulator';
import { VpcClient, type VpcClientOptions } from '@gc/vpc-client';
import { BffSession } from './bff-session.ts';

/** Options of {@link startBffStack}. */
export interface BffStackOptions {
  /** An emulator already running (its URL), else one is started here. */
  emulatorUrl?: string;
  /** The admin token of that emulator, for {@link BffStack.admin}. */
  emulatorAdminToken?: string;
  rngSeed?: number;
  /** State file the started emulator loads (and keeps writing). */
  stateFile?: string;
  retry?: VpcClientOptions['retry'];
  /** Wire format of the BFF's client (the BFF ships with JSON, see apps/bff/src/bootstrap.ts). */
  format?: VpcClientOptions['format'];
  app?: Partial<AppDeps>;
}

/** A running BFF + emulator pair. */
export interface BffStack {
  url: string;
  emulatorUrl: string;
  /** The emulator's admin token (empty when a running emulator was given without it). */
  emulatorAdminToken: string;
  client: VpcClient;
  /** Calls the emulator's admin API (`/_emulator` + path); parses the JSON answer. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** A logged-in session (demo users: operator, auditor). */
  login(user?: 'operator' | 'auditor'): Promise<BffSession>;
  close(): Promise<void>;
}

/** Calls an emulator's admin API with its token; throws on a non-2xx answer. */
export async function emulatorAdmin<T>(
  emulator: { url: string; adminToken: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${emulator.url}/_emulator${path}`, {
    method,
    headers: {
      [ADMIN_TOKEN_HEADER]: emulator.adminToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Starts (or reuses) an emulator in immediate timing and the BFF in-process. */
export async function startBffStack(opts: BffStackOptions = {}): Promise<BffStack> {
  let emulator: RunningEmulator | undefined;
  if (!opts.emulatorUrl) {
    emulator = await startEmulator({
      port: 0,
      timing: { mode: 'immediate' },
      logger: false,
      rngSeed: opts.rngSeed,
      ...(opts.stateFile ? { stateFile: opts.stateFile } : {}),
    });
  }
  const emulatorUrl = opts.emulatorUrl ?? emulator?.url ?? '';
  const emulatorAdminToken = opts.emulatorAdminToken ?? emulator?.adminToken ?? '';
  const logger = createLogger(process.env.BENCH_LOG ?? 'silent');
  const client = new VpcClient({
    endpoint: emulatorUrl,
    credentials: { ...DEMO_ACCESS_KEY },
    ...(opts.retry ? { retry: opts.retry } : {}),
    format: opts.format ?? 'JSON',
  });
  const app = createApp({
    client,
    users: await createDemoUserStore(),
    logger,
    demo: true,
    sessionSecret: 'bench-secret-bench-secret-bench-secret',
    vpcEndpoint: emulatorUrl,
    secrets: [DEMO_ACCESS_KEY.accessKeyId, DEMO_ACCESS_KEY.accessKeySecret],
    loginRateLimit: { windowMs: 60_000, limit: 100_000 },
    ...opts.app,
  });
  // The production server (Express's prototypes set at creation), as bootstrap.ts makes it.
  const server = await listen(createHttpServer(app, DEFAULT_SERVER_LIMITS), 0, '127.0.0.1');
  answerProtocolErrors(server); // as apps/bff/src/bootstrap.ts does
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    emulatorUrl,
    emulatorAdminToken,
    client,
    admin: (method, path, body) =>
      emulatorAdmin({ url: emulatorUrl, adminToken: emulatorAdminToken }, method, path, body),
    async login(user = 'operator') {
      const session = new BffSession(url);
      await session.login(user, user);
      return session;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
      await emulator?.close();
    },
  };
}
