import type { CheckRules } from './services/checks/check-settings.ts';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { RateBudget, VpcClient } from '@gc/vpc-client';
import { auditCaptureInterceptor, auditRequestContext } from './audit/audit-context.ts';
import { noopAuditRecorder, type AuditRecorder } from './audit/audit-recorder.ts';
import type { AuditStore } from './audit/audit-store.ts';
import { createStoreRecorder } from './audit/store-audit-recorder.ts';
import { LoginThrottle, type LoginLimits } from './auth/login-throttle.ts';
import { OidcClient } from './auth/oidc/oidc-client.ts';
import type { SignInConfig } from './auth/oidc/oidc-config.ts';
import type { SharedAuthStore } from './auth/create-session-store.ts';
import { SessionTokens } from './auth/session-token.ts';
import { Sessions } from './auth/sessions.ts';
import { SqliteSessionStore } from './auth/sqlite-session-store.ts';
import type { UserStore } from './auth/user-store.ts';
import { apiNotFound, errorHandler } from './middleware/error-handler.ts';
import { guardResources, readSession } from './middleware/session.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { chainHandlers } from './http/mount-route.ts';
import { publicRouters, resourceRouters } from './routes/api-routers.ts';
import { buildRouteDeps } from './routes/route-deps.ts';
import { ReadCache, readCacheInterceptor } from './services/cached-client.ts';
import type { IndexTiming } from './services/kit/region-index.ts';
import { serveSpa } from './spa/serve-spa.ts';
import { serverRenderer } from './spa/server-render.ts';
import { requestLogger } from './http/request-logger.ts';
import type { JobRunner } from './store/job-runner.ts';
import type { SharedStateHealth } from './store/shared-state-health.ts';
import {
  VPN_DESCRIBE_JOB,
  VPN_DESCRIBE_TTL_MS,
  vpnDescribeJob,
  type VpnDescribeQueue,
} from './services/vpn-describe-job.ts';
import type { TrustProxy } from './trust-proxy.ts';

/** Everything the app needs from outside; `main.ts` builds these from the config, tests by hand. */
export interface AppDeps {
  client: VpcClient;
  users: UserStore;
  logger: Logger;
  demo: boolean;
  sessionSecret: string;
  /** Absolute session lifetime (default 8 h). */
  sessionTtlSeconds?: number;
  /** A session unused this long ends (default 30 min). */
  sessionIdleSeconds?: number;
  /**
   * Sessions and login counters, in the audit trail's database (bootstrap opens it). Without one
   * the app keeps them in a private in-memory SQLite database (tests).
   */
  sessionStore?: SharedAuthStore;
  /** The clock of sessions and login throttling (tests move it). */
  now?: () => number;
  vpcEndpoint: string;
  /** Strings that must never leave the BFF (AccessKey ID/secret): scrubbed from upstream messages. */
  secrets?: string[];
  /** Whose `X-Forwarded-*` to believe (parsed `BFF_TRUST_PROXY`); default nobody's. */
  trustProxy?: TrustProxy;
  webDist?: string;
  /**
   * Server-render the gateway lists from `webDist/.ssr` (default on; `BFF_SSR=off`); tests on a
   * busy machine may give the page's data a longer budget than the default 300 ms.
   */
  serverRender?: boolean | { dataBudgetMs: number };
  audit?: AuditRecorder;
  /** The durable trail: records every mutation/login (unless `audit` is given) and serves `/api/audit`. */
  auditStore?: AuditStore;
  loginRateLimit?: LoginLimits;
  cacheTtlMs?: number;
  /** Stamp of inventory exports in real mode (`BFF_ACCOUNT_NAME`); demo mode stamps `demo`. */
  accountName?: string;
  /** Upstream calls in flight for inventories (default 128). */
  inventoryConcurrency?: number;
  /** The account's call budget the client waits on (`VPC_RATE_LIMIT`); absent = none. */
  rateBudget?: RateBudget;
  /** The read cache (bootstrap makes it, so the cross-instance relay can watch and feed it). */
  readCache?: ReadCache;
  /** Durable jobs in the shared store; absent, deferred work is retried in memory (tests). */
  jobs?: JobRunner;
  /** The store's and the relay's health, for `/api/ready`. */
  sharedHealth?: () => Promise<SharedStateHealth>;
  /** `LOCAL_LOGIN` and single sign-on (`OIDC_*`); default: the local form only. */
  signIn?: SignInConfig;
  /**
   * Timing of the gateway lists' region indexes (issue 17), `false` for none. Default: kept,
   * except with `cacheTtlMs: 0` (every read goes upstream, as tests that count calls need).
   */
  regionIndex?: IndexTiming | false;
  /** The checks' rule set (`CHECKS_FILE`); absent = every check at its defaults. */
  checkRules?: CheckRules;
}

/** Builds the Express app without listening. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // A number or a list, never a string: Express would read `1` as the address 0.0.0.1.
  app.set('trust proxy', deps.trustProxy ?? false);
  const sessionTtlSeconds = deps.sessionTtlSeconds ?? 8 * 3600;
  const now = deps.now ?? Date.now;
  // The mode is part of every cookie's MAC and every stored row: demo cookies never pass here.
  const tokens = new SessionTokens(
    deps.sessionSecret,
    sessionTtlSeconds,
    now,
    deps.demo ? 'demo' : 'real',
  );
  const store = deps.sessionStore ?? new SqliteSessionStore({ path: ':memory:' });
  const sessions = new Sessions(
    store,
    tokens,
    deps.users,
    { ttlSeconds: sessionTtlSeconds, idleSeconds: deps.sessionIdleSeconds ?? 30 * 60 },
    now,
  );
  // Cache outermost: audit capture sees only real upstream calls. Same transport as deps.client.
  const cache = deps.readCache ?? new ReadCache({ ttlMs: deps.cacheTtlMs ?? 2000 });
  const indexed = deps.regionIndex ?? (deps.cacheTtlMs === 0 ? false : undefined);
  const client = deps.client.withInterceptors([
    readCacheInterceptor(cache),
    auditCaptureInterceptor(),
  ]);
  const jobs = deps.jobs;
  jobs?.handle(VPN_DESCRIBE_JOB, vpnDescribeJob(client));
  // One row per gateway: the same create on two instances (one Idempotency-Key) makes one job.
  const vpnDescribeQueue: VpnDescribeQueue | undefined = jobs && {
    enqueue: async (p) => {
      const id = `${VPN_DESCRIBE_JOB}:${p.regionId}:${p.id}`;
      await jobs.enqueue(VPN_DESCRIBE_JOB, id, p, { inMs: 1000, ttlMs: VPN_DESCRIBE_TTL_MS });
    },
  };
  const routeDeps = buildRouteDeps(
    client,
    {
      audit:
        deps.audit ?? (deps.auditStore ? createStoreRecorder(deps.auditStore) : noopAuditRecorder),
      tokens,
      sessions,
      users: deps.users,
      demo: deps.demo,
      sessionTtlSeconds,
      loginThrottle: new LoginThrottle(
        store,
        deps.loginRateLimit ?? { windowMs: 15 * 60_000, limit: 10 },
        now,
      ),
      rawClient: deps.client,
      rateBudget: deps.rateBudget,
      signIn: deps.signIn ?? { localLogin: true },
      ...(deps.signIn?.oidc ? { oidc: new OidcClient(deps.signIn.oidc) } : {}),
      vpcEndpoint: deps.vpcEndpoint,
      account: deps.demo ? 'demo' : (deps.accountName ?? 'unknown'),
      auditStore: deps.auditStore,
      sharedHealth: deps.sharedHealth,
    },
    {
      secrets: deps.secrets,
      inventoryConcurrency: deps.inventoryConcurrency,
      log: deps.logger,
      vpnDescribeQueue,
      indexing:
        indexed === false
          ? undefined
          : { cache, client: deps.client, timing: indexed, budget: deps.rateBudget },
      checkRules: deps.checkRules,
    },
  );
  const openapi = buildOpenApiDocument();

  app.use(requestLogger(deps.logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets inline style attributes; scripts stay self-only.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use('/api', express.json({ limit: '64kb' }), readSession(sessions));
  app.use('/api', auditRequestContext());
  app.use(...publicRouters(routeDeps, openapi));
  // Past this point every /api request needs a session (401 before 404 for unknown paths).
  app.use('/api', guardResources(tokens));
  app.use(chainHandlers(resourceRouters(routeDeps)));
  app.use('/api', apiNotFound);
  if (deps.webDist) {
    // The list pages are rendered on the server from the app's own API answers (issue 17).
    const { serverRender = true } = deps;
    const render =
      serverRender === false
        ? undefined
        : serverRenderer(
            deps.webDist,
            deps.logger,
            serverRender === true ? undefined : serverRender.dataBudgetMs,
          );
    app.use(serveSpa(deps.webDist, render));
  }
  // Anything else (e.g. PATCH /x) answers the error body too, not Express's HTML page.
  app.use(apiNotFound);
  app.use(errorHandler(deps.secrets ?? []));
  return app;
}
