import type { AddressInfo } from 'node:net';
import {
  ADMIN_TOKEN_HEADER,
  DEMO_ACCESS_KEY,
  startEmulator,
  type RunningEmulator,
} from '@gc/emulator';
import { VpcClient, type VpcClientOptions } from '@gc/vpc-client';
import { createApp, type AppDeps } from '../src/app.ts';
import { createHttpServer, DEFAULT_SERVER_LIMITS, listen } from '../src/http-server.ts';
import { createDemoUserStore } from '../src/auth/user-store.ts';
import { createLogger } from '../src/logger.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** Send the session's CSRF token on a mutation (default true). */
  csrf?: boolean;
  /** Idempotency-Key to send (creates). */
  idempotencyKey?: string;
}

/** A browser-like client: keeps the session cookie and the CSRF token. */
export class Agent {
  cookie = '';
  csrfToken = '';
  constructor(
    private readonly base: string,
    private readonly sink?: string[],
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && opts.csrf !== false && this.csrfToken)
      headers['x-csrf-token'] = this.csrfToken;
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    let payload: string | undefined = opts.rawBody;
    if (opts.body !== undefined) payload = JSON.stringify(opts.body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    this.sink?.push(text, JSON.stringify([...res.headers]));
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (static files, plain text)
    }
    return { status: res.status, headers: res.headers, body: body as T, text };
  }

  get<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>('GET', path, opts);
  }

  /** Logs in and keeps the cookie and CSRF token. */
  async login(username: string, password = username): Promise<ApiResponse<{ csrfToken: string }>> {
    const res = await this.request<{ csrfToken: string }>('POST', '/api/session', {
      body: { username, password },
    });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }
}

export interface Harness {
  url: string;
  emulator: RunningEmulator;
  logs: string[];
  responses: string[];
  agent(): Agent;
  operator(): Promise<Agent>;
  auditor(): Promise<Agent>;
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** A real emulator (immediate timing) and the app in-process on 127.0.0.1:0. */
export async function startHarness(
  overrides: Partial<AppDeps> = {},
  clientOptions: Partial<VpcClientOptions> = {},
): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  const logs: string[] = [];
  const responses: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const client = new VpcClient({
    endpoint: emulator.url,
    credentials: { ...DEMO_ACCESS_KEY },
    retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20, stateBaseDelayMs: 5 },
    logger,
    ...clientOptions,
  });
  const app = createApp({
    client,
    users: await createDemoUserStore(),
    logger,
    demo: true,
    sessionSecret: 'test-secret-test-secret-test-secret!',
    vpcEndpoint: emulator.url,
    secrets: [DEMO_ACCESS_KEY.accessKeyId, DEMO_ACCESS_KEY.accessKeySecret],
    loginRateLimit: { windowMs: 60_000, limit: 1000 },
    ...overrides,
  });
  // The production server (Express's prototypes set at creation), as bootstrap.ts makes it.
  const server = await listen(createHttpServer(app, DEFAULT_SERVER_LIMITS), 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = () => new Agent(url, responses);
  const loggedIn = async (user: string) => {
    const a = agent();
    const res = await a.login(user);
    if (res.status !== 200) throw new Error(`login ${user} failed: ${res.text}`);
    return a;
  };
  return {
    url,
    emulator,
    logs,
    responses,
    agent,
    operator: () => loggedIn('operator'),
    auditor: () => loggedIn('auditor'),
    async admin<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(`${emulator.url}/_emulator${path}`, {
        method,
        headers: {
          [ADMIN_TOKEN_HEADER]: emulator.adminToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      // A refused admin call (401 without the token) must fail the test, not pass silently.
      if (!res.ok) throw new Error(`emulator admin ${method} ${path}: ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
      await emulator.close();
    },
  };
}
