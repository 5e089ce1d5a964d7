// Child process for the write-ahead SIGKILL test: the real app on a SQLite or PostgreSQL trail
// (its AuditStoreConfig as JSON in argv), talking to an
// emulator in the parent (so upstream state outlives the kill). Each upstream mutation is printed
// just before it is sent (pipes are synchronous on Linux), so the parent knows every call that may
// have reached the emulator.
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { VpcClient, type Interceptor } from '@gc/vpc-client';
import { createApp } from '../src/app.ts';
import { createAuditStore, type AuditStoreConfig } from '../src/audit/create-audit-store.ts';
import { createDemoUserStore } from '../src/auth/user-store.ts';
import { createLogger } from '../src/logger.ts';

const [endpoint = '', storeJson = '{}'] = process.argv.slice(2);
const storeConfig = JSON.parse(storeJson) as AuditStoreConfig;
const announce: Interceptor = async (ctx, next) => {
  if (!ctx.isRead) process.stdout.write(`UP ${ctx.action} ${JSON.stringify(ctx.params)}\n`);
  return next(ctx);
};
const logger = createLogger('silent');
const client = new VpcClient({ endpoint, credentials: { ...DEMO_ACCESS_KEY }, logger });
const app = createApp({
  client: client.withInterceptors([announce]),
  users: await createDemoUserStore(),
  logger,
  demo: true,
  sessionSecret: 'test-secret-test-secret-test-secret!',
  vpcEndpoint: endpoint,
  secrets: [],
  loginRateLimit: { windowMs: 60_000, limit: 1000 },
  auditStore: await createAuditStore(storeConfig),
});
const server = app.listen(0, '127.0.0.1', () => {
  const a = server.address();
  process.stdout.write(`URL http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}\n`);
});
