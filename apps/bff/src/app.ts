import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { VpcClient } from '@gc/vpc-client';
import { auditCaptureInterceptor, auditRequestContext } from './audit/audit-context.ts';
import { noopAuditRecorder, type AuditRecorder } from './audit/audit-recorder.ts';
import type { AuditStore } from './audit/audit-store.ts';
import { createStoreRecorder } from './audit/store-audit-recorder.ts';
import { SessionTokens } from './auth/session-token.ts';
import type { UserStore } from './auth/user-store.ts';
import { createHttpLogger } from './logger.ts';
import { apiNotFound, errorHandler } from './middleware/error-handler.ts';
import { guardResources, readSession } from './middleware/session.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { auditRouter } from './routes/audit.router.ts';
import { healthRouter } from './routes/health.router.ts';
import { inventoryRouter } from './routes/inventory.router.ts';
import { ipv6Router } from './routes/ipv6.router.ts';
import { natEipsRouter } from './routes/nat-eips.router.ts';
import { natEntriesRouter } from './routes/nat-entries.router.ts';
import { natGatewaysRouter } from './routes/nat-gateways.router.ts';
import { regionsRouter } from './routes/regions.router.ts';
import { sessionRouter } from './routes/session.router.ts';
import { topologyRouter } from './routes/topology.router.ts';
import { vpnRouter } from './routes/vpn.router.ts';
import { ReadCache, readCacheInterceptor } from './services/cached-client.ts';
import { EipService } from './services/eip-service.ts';
import { InventoryService } from './services/inventory-service.ts';
import { NatEntryService } from './services/nat-entry-service.ts';
import { NatGatewayService } from './services/nat-gateway-service.ts';
import { RegionService } from './services/region-service.ts';
import { TopologyService } from './services/topology-service.ts';
import { serveSpa } from './web/serve-spa.ts';

/** Everything the app needs from outside; `main.ts` builds these from the config, tests by hand. */
export interface AppDeps {
  client: VpcClient;
  users: UserStore;
  logger: Logger;
  demo: boolean;
  sessionSecret: string;
  sessionTtlSeconds?: number;
  vpcEndpoint: string;
  /** Strings that must never leave the BFF (AccessKey ID/secret): scrubbed from upstream messages. */
  secrets?: string[];
  trustProxy?: string | false;
  webDist?: string;
  audit?: AuditRecorder;
  /** The durable trail: records every mutation/login (unless `audit` is given) and serves `/api/audit`. */
  auditStore?: AuditStore;
  loginRateLimit?: { windowMs: number; limit: number };
  cacheTtlMs?: number;
  /** Stamp of inventory exports in real mode (`BFF_ACCOUNT_NAME`); demo mode stamps `demo`. */
  accountName?: string;
  /** Upstream calls in flight for inventories (default 128). */
  inventoryConcurrency?: number;
}

/** Builds the Express app without listening. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  if (deps.trustProxy) app.set('trust proxy', deps.trustProxy);
  const tokens = new SessionTokens(deps.sessionSecret, deps.sessionTtlSeconds ?? 8 * 3600);
  // Cache outermost: audit capture sees only real upstream calls. Same transport as deps.client.
  const client = deps.client.withInterceptors([
    readCacheInterceptor(new ReadCache({ ttlMs: deps.cacheTtlMs ?? 2000 })),
    auditCaptureInterceptor(),
  ]);
  const natGateways = new NatGatewayService(client);
  const routeDeps = {
    regions: new RegionService(client),
    natGateways,
    natEntries: new NatEntryService(client, natGateways),
    eips: new EipService(client, natGateways),
    audit:
      deps.audit ?? (deps.auditStore ? createStoreRecorder(deps.auditStore) : noopAuditRecorder),
  };
  const openapi = buildOpenApiDocument();

  app.use(createHttpLogger(deps.logger));
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
  app.use('/api', express.json({ limit: '64kb' }), readSession(tokens, deps.users));
  app.use('/api', auditRequestContext());
  app.use('/api', healthRouter({ client: deps.client, endpoint: deps.vpcEndpoint }));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(
    '/api/session',
    sessionRouter({
      tokens,
      users: deps.users,
      demo: deps.demo,
      ttlSeconds: deps.sessionTtlSeconds ?? 8 * 3600,
      audit: routeDeps.audit,
      loginRateLimit: deps.loginRateLimit ?? { windowMs: 15 * 60_000, limit: 10 },
    }),
  );
  app.use('/api', guardResources(tokens));
  if (deps.auditStore) {
    const account = deps.demo ? 'demo' : (deps.accountName ?? 'unknown');
    app.use('/api', auditRouter(deps.auditStore, { account }));
  }
  app.use('/api', regionsRouter(routeDeps));
  app.use('/api', natGatewaysRouter(routeDeps));
  app.use('/api', natEntriesRouter(routeDeps));
  app.use('/api', natEipsRouter(routeDeps));
  app.use('/api', ipv6Router(client, routeDeps.audit));
  app.use('/api', vpnRouter(client, routeDeps.audit, deps.logger));
  app.use(
    '/api',
    inventoryRouter(
      new InventoryService(client, {
        account: deps.demo ? 'demo' : (deps.accountName ?? 'unknown'),
        concurrency: deps.inventoryConcurrency,
        secrets: deps.secrets,
      }),
    ),
  );
  app.use('/api', topologyRouter(new TopologyService(client)));
  app.use('/api', apiNotFound);
  if (deps.webDist) app.use(serveSpa(deps.webDist));
  // Anything else (e.g. PATCH /x) answers the error body too, not Express's HTML page.
  app.use(apiNotFound);
  app.use(errorHandler(deps.secrets ?? []));
  return app;
}
