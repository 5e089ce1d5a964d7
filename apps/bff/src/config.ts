import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { signInConfigFromEnv, type SignInConfig } from './auth/oidc/oidc-config.ts';
import { chooseCredentials, credentialVarProblems } from './credential-vars.ts';
import { DEFAULT_SERVER_LIMITS as LIMITS, type ServerLimits } from './http-server.ts';
import { regionEndpointsFromEnv } from './region-endpoints.ts';
import { loadCheckRules } from './services/checks/check-rules-file.ts';
import type { CheckRules } from './services/checks/check-settings.ts';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.ts';

/** Where the credentials come from; chosen explicitly, never through the library's default chain. */
export type CredentialSource =
  | { kind: 'demo' }
  | { kind: 'accessKey'; accessKeyId: string; accessKeySecret: string; securityToken?: string }
  | {
      kind: 'ramRoleArn';
      accessKeyId: string;
      accessKeySecret: string;
      roleArn: string;
      roleSessionName: string;
    }
  | { kind: 'profile'; file: string; profile?: string }
  | { kind: 'ecsRamRole'; roleName: string };

export type TimingMode = 'immediate' | 'timed' | 'manual';

export interface BffConfig {
  host: string;
  port: number;
  logLevel: string;
  demo: boolean;
  /** One endpoint for every region; absent: each region's own (the official SDK's rule). */
  vpcEndpoint?: string;
  /** `VPC_ENDPOINT_<REGION>`: endpoints of single regions, winning over `vpcEndpoint`. */
  vpcRegionEndpoints: Record<string, string>;
  /** Calls per second per region and action (`VPC_RATE_LIMIT`); 0 = no budget (the demo's default). */
  vpcRateLimit: number;
  credentials: CredentialSource;
  usersFile?: string;
  sessionSecret: string;
  /** True when the secret was generated for this process (always in demo mode). */
  sessionSecretGenerated: boolean;
  /** Absolute lifetime of a session (`BFF_SESSION_TTL_MINUTES`, default 8 h). */
  sessionTtlSeconds: number;
  /** A session unused this long ends (`BFF_SESSION_IDLE_MINUTES`, default 30 min). */
  sessionIdleSeconds: number;
  /** Parsed `BFF_TRUST_PROXY`: a hop count or the proxies' addresses (see `trust-proxy.ts`). */
  trustProxy: TrustProxy;
  /** Timeouts and the connection cap of the HTTP server (`BFF_*_TIMEOUT_MS`, `BFF_MAX_CONNECTIONS`). */
  server: ServerLimits;
  webDist: string;
  /** Server-render the gateway lists (`BFF_SSR`, default on; off: the browser renders every page). */
  serverRender: boolean;
  /** Account name stamped on inventory exports in real mode (`BFF_ACCOUNT_NAME`). */
  accountName?: string;
  /** How long a claimed job is held before another instance may take it (`BFF_JOB_LEASE_SECONDS`). */
  jobLeaseSeconds: number;
  /** The checks' rule set from `CHECKS_FILE` (JSON), validated at start-up; absent = defaults. */
  checkRules?: CheckRules;
  /** Demo mode's embedded emulator; `adminToken` unset = a random token per start. */
  emulator: { port: number; timing: TimingMode; stateFile?: string; adminToken?: string };
  /** `LOCAL_LOGIN` and single sign-on (`OIDC_*`, see `auth/oidc/oidc-config.ts`). */
  signIn: SignInConfig;
}

/** A bad environment: the message names every offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultWebDist = path.resolve(here, '../../web/dist');

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** An integer variable with a default; anything else names the variable with the allowed range. */
const intVar = (min: number, max: number, fallback: number) =>
  optional
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(
      z
        .number(`must be an integer ${min}–${max}`)
        .int(`must be an integer ${min}–${max}`)
        .min(min, `must be an integer ${min}–${max}`)
        .max(max, `must be an integer ${min}–${max}`),
    );

const envSchema = z.object({
  HOST: optional.transform((v) => v ?? '127.0.0.1'),
  PORT: intVar(0, 65535, 8080),
  LOG_LEVEL: optional.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  ALIBABA_CLOUD_ACCESS_KEY_ID: optional,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: optional,
  ALIBABA_CLOUD_SECURITY_TOKEN: optional,
  ALIBABA_CLOUD_ROLE_ARN: optional.pipe(
    z
      .string()
      .regex(/^acs:ram::\d+:role\/.+$/, 'must look like acs:ram::<account>:role/<name>')
      .optional(),
  ),
  ALIBABA_CLOUD_ROLE_SESSION_NAME: optional,
  ALIBABA_CLOUD_CREDENTIALS_FILE: optional,
  ALIBABA_CLOUD_PROFILE: optional,
  ALIBABA_CLOUD_ECS_METADATA: optional,
  VPC_ENDPOINT: optional.pipe(z.url('must be an http(s) URL').optional()),
  // Empty: 10 calls/s in real mode (Alibaba's VPC limits are 300–1,200 calls/60 s per region and
  // action), none against the embedded emulator.
  VPC_RATE_LIMIT: optional.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'must be a number of calls per second (0 = no limit)')
      .optional(),
  ),
  BFF_USERS_FILE: optional,
  BFF_SESSION_SECRET: optional.pipe(
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  BFF_SESSION_TTL_MINUTES: intVar(1, 10080, 480),
  BFF_SESSION_IDLE_MINUTES: intVar(1, 10080, 30),
  BFF_DEMO_ALLOW_REMOTE: optional.pipe(
    z.enum(['true', 'false', '1', '0'], 'must be true or false').optional(),
  ),
  BFF_TRUST_PROXY: optional.transform((v, ctx) => {
    const r = parseTrustProxy(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  }),
  // An incomplete request is dropped after these, not Node's 300 s (issue 15: slow bodies).
  BFF_REQUEST_TIMEOUT_MS: intVar(100, 3_600_000, LIMITS.requestTimeoutMs),
  BFF_HEADERS_TIMEOUT_MS: intVar(100, 3_600_000, LIMITS.headersTimeoutMs),
  BFF_KEEP_ALIVE_TIMEOUT_MS: intVar(100, 3_600_000, LIMITS.keepAliveTimeoutMs),
  BFF_MAX_CONNECTIONS: intVar(1, 1_000_000, LIMITS.maxConnections),
  BFF_WEB_DIST: optional,
  BFF_SSR: optional.pipe(z.enum(['on', 'off'], { message: 'must be on or off' }).optional()),
  BFF_ACCOUNT_NAME: optional.pipe(z.string().max(128, 'must be at most 128 characters').optional()),
  // Longer than any one job's upstream calls take, short enough that a dead instance's job resumes soon.
  BFF_JOB_LEASE_SECONDS: intVar(1, 3600, 30),
  CHECKS_FILE: optional.pipe(z.string().optional()),
  VPC_EMULATOR_PORT: intVar(0, 65535, 0),
  VPC_EMULATOR_TIMING: optional.pipe(z.enum(['timed', 'immediate', 'manual']).default('timed')),
  VPC_EMULATOR_STATE: optional,
  // The emulator's own rule (packages/emulator/src/admin-access.ts), checked here to name the variable.
  VPC_EMULATOR_ADMIN_TOKEN: optional.pipe(
    z
      .string()
      .regex(/^[\x21-\x7e]{16,}$/, 'must be 16 or more visible ASCII characters (no spaces)')
      .optional(),
  ),
});

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/i;

/** Reads and validates the environment; throws {@link ConfigError} naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BffConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const chosen = chooseCredentials(e);
  const regional = regionEndpointsFromEnv(env);
  const signIn = signInConfigFromEnv(env);
  const problems = [
    ...credentialVarProblems(env),
    ...chosen.problems,
    ...regional.problems,
    ...signIn.problems,
  ];
  const credentials: CredentialSource = 'source' in chosen ? chosen.source : { kind: 'demo' };
  const demo = problems.length === 0 && credentials.kind === 'demo';
  if (demo) {
    const allowRemote = e.BFF_DEMO_ALLOW_REMOTE === 'true' || e.BFF_DEMO_ALLOW_REMOTE === '1';
    if (!allowRemote && !LOOPBACK.test(e.HOST)) {
      problems.push(
        `HOST: the demo listens on loopback only (set BFF_DEMO_ALLOW_REMOTE=true to serve ${e.HOST})`,
      );
    }
  } else if (problems.length === 0) {
    if (e.BFF_SESSION_SECRET === undefined) {
      problems.push('BFF_SESSION_SECRET: is required in real mode (at least 32 characters)');
    }
    // With LOCAL_LOGIN=off the identity provider signs everyone in: no users file to keep.
    if (e.BFF_USERS_FILE === undefined && signIn.config.localLogin) {
      problems.push('BFF_USERS_FILE: is required in real mode (create it with pnpm user:add)');
    }
  }
  if (e.BFF_HEADERS_TIMEOUT_MS > e.BFF_REQUEST_TIMEOUT_MS) {
    // Node refuses a server whose headers may take longer than the whole request.
    problems.push('BFF_HEADERS_TIMEOUT_MS: must not exceed BFF_REQUEST_TIMEOUT_MS');
  }
  let checkRules: CheckRules | undefined;
  try {
    if (e.CHECKS_FILE !== undefined) checkRules = loadCheckRules(e.CHECKS_FILE);
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (problems.length > 0)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  // The demo never signs with a configured secret: its cookies must be worthless on a real
  // instance that shares BFF_SESSION_SECRET (issue 15, H2).
  const sessionSecret = demo ? undefined : e.BFF_SESSION_SECRET;
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    demo,
    ...(e.VPC_ENDPOINT ? { vpcEndpoint: e.VPC_ENDPOINT } : {}),
    vpcRegionEndpoints: regional.endpoints,
    vpcRateLimit: e.VPC_RATE_LIMIT === undefined ? (demo ? 0 : 10) : Number(e.VPC_RATE_LIMIT),
    credentials,
    usersFile: e.BFF_USERS_FILE,
    sessionSecret: sessionSecret ?? randomBytes(32).toString('base64url'),
    sessionSecretGenerated: sessionSecret === undefined,
    sessionTtlSeconds: e.BFF_SESSION_TTL_MINUTES * 60,
    sessionIdleSeconds: e.BFF_SESSION_IDLE_MINUTES * 60,
    trustProxy: e.BFF_TRUST_PROXY,
    server: {
      requestTimeoutMs: e.BFF_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.BFF_HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: e.BFF_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.BFF_MAX_CONNECTIONS,
    },
    webDist: e.BFF_WEB_DIST ?? defaultWebDist,
    serverRender: e.BFF_SSR !== 'off',
    accountName: e.BFF_ACCOUNT_NAME,
    jobLeaseSeconds: e.BFF_JOB_LEASE_SECONDS,
    ...(checkRules ? { checkRules } : {}),
    emulator: {
      port: e.VPC_EMULATOR_PORT,
      timing: e.VPC_EMULATOR_TIMING,
      stateFile: e.VPC_EMULATOR_STATE,
      adminToken: e.VPC_EMULATOR_ADMIN_TOKEN,
    },
    signIn: signIn.config,
  };
}
