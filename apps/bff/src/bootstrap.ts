import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DestinationStream, Logger } from 'pino';
import { DEMO_ACCESS_KEY, startEmulator, type RunningEmulator } from '@gc/emulator';
import { RateBudget, VpcClient } from '@gc/vpc-client';
import { createApp } from './app.ts';
import { auditConfigFromEnv, createAuditStore } from './audit/create-audit-store.ts';
import type { StartupOptions } from './audit/reconcile-intents.ts';
import { startReconcileSweep, type ReconcileSweep } from './audit/reconcile-sweep.ts';
import { createSessionStore } from './auth/create-session-store.ts';
import { createDemoUserStore, createFileUserStore, createNoUserStore } from './auth/user-store.ts';
import { readUsersFile } from './auth/users-file.ts';
import type { BffConfig } from './config.ts';
import { createCredentialsProvider, credentialsFunction } from './credentials.ts';
import { createHttpServer, listen } from './http-server.ts';
import { createLogger } from './logger.ts';
import { answerProtocolErrors } from './spa/protocol-errors.ts';
import { openSharedState } from './store/shared-state.ts';

// JSON answers are 3–4× cheaper to produce and parse than XML (bench row 5: 5,000 gateways are
// 100 pages per list). JSON is the VPC docs' own default (REFERENCE §7); the client decodes both
// into the same types. Tests and the bench also cover XML.
const UPSTREAM_FORMAT = 'JSON';
// What the readiness answer says the endpoint is when each region uses its own.
const REGIONAL_ENDPOINTS = 'https://vpc.<regionId>.aliyuncs.com (per region, as the official SDK)';

/** A running BFF: its URL, the embedded emulator's (demo mode), and a graceful close. */
export interface RunningBff {
  url: string;
  emulatorUrl?: string;
  /** The embedded emulator's admin token (`VPC_EMULATOR_ADMIN_TOKEN`, else random). */
  emulatorAdminToken?: string;
  logger: Logger;
  close(): Promise<void>;
}

/** Wires config → emulator (demo) or credentials (real) → client → app, and listens. */
export async function startBff(
  config: BffConfig,
  opts: { logDestination?: DestinationStream; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningBff> {
  const logger = createLogger(config.logLevel, opts.logDestination);
  // A bad AUDIT_* variable stops start-up before anything runs, with a message naming it.
  const auditConfig = auditConfigFromEnv(opts.env);
  // A malformed users file would fail every login while /api/health says ok: refuse to start.
  if (config.usersFile && config.credentials.kind !== 'demo') {
    await readUsersFile(config.usersFile).catch((err: unknown) => {
      throw new Error(`Cannot use the users file: ${(err as Error).message}`);
    });
  }
  let emulator: RunningEmulator | undefined;
  let client: VpcClient;
  const secrets: string[] = [];
  // One budget for every call of this process: all users share the account's rate (issue 20).
  const rateBudget =
    config.vpcRateLimit > 0 ? new RateBudget({ callsPerSecond: config.vpcRateLimit }) : undefined;
  if (config.credentials.kind === 'demo') {
    emulator = await startEmulator({
      port: config.emulator.port,
      timing: { mode: config.emulator.timing },
      stateFile: config.emulator.stateFile,
      adminToken: config.emulator.adminToken,
      seed: true,
      logger: logger.child({ component: 'emulator' }, { level: 'warn' }),
    });
    client = new VpcClient({
      endpoint: emulator.url,
      credentials: { ...DEMO_ACCESS_KEY },
      format: UPSTREAM_FORMAT,
      ...(rateBudget ? { rateBudget } : {}),
      logger: logger.child({ component: 'vpc-client' }),
    });
    secrets.push(DEMO_ACCESS_KEY.accessKeyId, DEMO_ACCESS_KEY.accessKeySecret, emulator.adminToken);
  } else {
    const source = config.credentials;
    if ('accessKeyId' in source) secrets.push(source.accessKeyId, source.accessKeySecret);
    const provider = createCredentialsProvider(source);
    client = new VpcClient({
      // Unset: every region's calls go to its own endpoint, as the official SDK resolves it.
      ...(config.vpcEndpoint ? { endpoint: config.vpcEndpoint } : {}),
      regionEndpoints: config.vpcRegionEndpoints,
      ...(rateBudget ? { rateBudget } : {}),
      credentials: credentialsFunction(provider),
      format: UPSTREAM_FORMAT,
      logger: logger.child({ component: 'vpc-client' }),
    });
  }
  // Orphaned intents are read back through the same client (issue 15 H1), bounded in time.
  const readBack: StartupOptions = {
    client,
    onReadError: (intent, err) =>
      logger.warn({ err, auditId: intent.id, action: intent.action }, 'audit read-back failed'),
  };
  // The trail is migrated before the first request can need it (issue 7: migrated at start-up).
  const auditStore = await createAuditStore(auditConfig, {
    ...readBack,
    onReconciled: (r) => {
      if (r.proven + r.unknown > 0) logger.warn(r, 'audit intents without an outcome reconciled');
    },
  }).catch(async (err: unknown) => {
    await client.close();
    await emulator?.close();
    throw new Error(`Cannot open the audit trail: ${(err as Error).message}`);
  });
  // Sessions live beside the trail (same database, own tables), so instances share them.
  const sessionStore = await createSessionStore(auditConfig, {
    onError: (err) => logger.warn({ err }, 'session store connection error'),
  }).catch(async (err: unknown) => {
    await client.close();
    await emulator?.close();
    await auditStore.close();
    throw new Error(`Cannot open the session store: ${(err as Error).message}`);
  });
  // Jobs, heartbeats and the relay: beside the trail, shared when it is PostgreSQL (issue 16).
  const shared = await openSharedState(auditConfig, {
    auditStore,
    budget: rateBudget,
    logger,
    jobLeaseMs: config.jobLeaseSeconds * 1000,
  }).catch(async (err: unknown) => {
    await client.close();
    await emulator?.close();
    await auditStore.close();
    await sessionStore.close();
    throw new Error(`Cannot open the shared store: ${(err as Error).message}`);
  });
  // PostgreSQL is shared: intents a crashed instance left are settled while this one runs.
  const sweep: ReconcileSweep | undefined =
    auditStore.kind === 'postgres'
      ? startReconcileSweep(auditStore, {
          ...readBack,
          onSweep: (r) => {
            if (r.proven + r.unknown > 0) logger.warn(r, 'audit sweep reconciled intents');
          },
          onError: (err) => logger.warn({ err }, 'audit sweep failed'),
        })
      : undefined;
  const demo = config.credentials.kind === 'demo';
  // Real mode without a users file (LOCAL_LOGIN=off, single sign-on only): nobody signs in locally.
  const users =
    config.usersFile && !demo
      ? createFileUserStore(config.usersFile)
      : demo
        ? await createDemoUserStore()
        : createNoUserStore();
  const app = createApp({
    client,
    users,
    logger,
    demo: config.credentials.kind === 'demo',
    sessionSecret: config.sessionSecret,
    sessionTtlSeconds: config.sessionTtlSeconds,
    sessionIdleSeconds: config.sessionIdleSeconds,
    sessionStore,
    vpcEndpoint: emulator?.url ?? config.vpcEndpoint ?? REGIONAL_ENDPOINTS,
    ...(rateBudget ? { rateBudget } : {}),
    secrets,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
    serverRender: config.serverRender,
    auditStore,
    accountName: config.accountName,
    readCache: shared.readCache,
    jobs: shared.jobs,
    sharedHealth: shared.health,
    signIn: config.signIn,
    checkRules: config.checkRules,
  });
  shared.jobs.start();
  let server: Server;
  try {
    server = await listen(createHttpServer(app, config.server), config.port, config.host);
  } catch (err) {
    await sweep?.stop();
    await shared.close();
    await client.close();
    await emulator?.close();
    await auditStore.close();
    await sessionStore.close();
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      `Cannot listen on ${config.host}:${config.port}${code === 'EADDRINUSE' ? ': the address is in use (set PORT)' : `: ${(err as Error).message}`}`,
    );
  }
  answerProtocolErrors(server);
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    emulatorUrl: emulator?.url,
    emulatorAdminToken: emulator?.adminToken,
    logger,
    close() {
      closing ??= (async () => {
        // Stop accepting, let in-flight requests finish (10 s at most), then close the upstreams.
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        await drained;
        clearTimeout(force);
        // Before the client closes: a sweep or a job in progress finishes its calls.
        await sweep?.stop();
        await shared.close();
        await client.close();
        await emulator?.close();
        // Last: every request that was answered has already committed its entry.
        await auditStore.close();
        await sessionStore.close();
      })();
      return closing;
    },
  };
}
