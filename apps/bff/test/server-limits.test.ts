import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '@gc/contracts';
import { startBff, type RunningBff } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';

const REQUEST_MS = 3000;
const HEADERS_MS = 400;
const KEEP_ALIVE_MS = 300;

const dir = mkdtempSync(join(tmpdir(), 'gc-limits-'));
let bff: RunningBff;
let port: number;
beforeAll(async () => {
  // The real wiring (main.ts → startBff), with deadlines short enough for a test.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    VPC_EMULATOR_TIMING: 'immediate',
    BFF_WEB_DIST: '/nonexistent',
    BFF_REQUEST_TIMEOUT_MS: String(REQUEST_MS),
    BFF_HEADERS_TIMEOUT_MS: String(HEADERS_MS),
    BFF_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
    BFF_MAX_CONNECTIONS: '3',
  });
  bff = await startBff(config, { env: { AUDIT_SQLITE_PATH: join(dir, 'audit.sqlite') } });
  port = Number(new URL(bff.url).port);
});
afterAll(async () => {
  await bff.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
  /** Milliseconds from connecting until the first byte of an answer (-1: none). */
  answeredAfterMs: number;
  text: string;
}

/**
 * Opens a raw connection, writes `bytes` and never sends more; `closed` resolves when the server
 * ends it. A `halfOpen` client keeps its own side open, as a slow attacker would: the server
 * must then close the connection fully itself to get its slot back.
 */
function hold(
  bytes: string,
  { halfOpen = false } = {},
): { connected: Promise<void>; closed: Promise<Outcome>; socket: Socket } {
  const started = Date.now();
  let text = '';
  let answeredAfterMs = -1;
  const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: halfOpen });
  const connected = new Promise<void>((resolve) =>
    socket.once('connect', () => {
      if (bytes) socket.write(bytes);
      resolve();
    }),
  );
  socket.on('data', (c: Buffer) => {
    if (answeredAfterMs < 0) answeredAfterMs = Date.now() - started;
    text += c.toString('utf8');
  });
  socket.on('error', () => undefined); // a reset is a close too
  // Guard: a server that never closes fails the test instead of hanging it.
  const guard = setTimeout(() => socket.destroy(new Error('still open')), 10_000);
  const closed = new Promise<Outcome>((resolve) => {
    const done = () => {
      clearTimeout(guard);
      resolve({ closedAfterMs: Date.now() - started, answeredAfterMs, text });
    };
    socket.once('end', done);
    socket.once('close', done);
  });
  return { connected, closed, socket };
}

function statusOf(text: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
}

describe('server timeouts', () => {
  it('closes a request whose body never completes after BFF_REQUEST_TIMEOUT_MS, with 408', async () => {
    const { closed } = hold(
      'POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"username":',
    );
    const out = await closed;
    expect(out.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    // The deadline is checked every quarter of the shorter timeout (100 ms here); the rest is
    // slack for a loaded CI machine. Node's default would hold it 300 s.
    expect(out.closedAfterMs).toBeLessThan(REQUEST_MS + 5000);
    expect(statusOf(out.text)).toBe(408);
    const body = out.text.slice(out.text.indexOf('\r\n\r\n') + 4);
    expect(errorBodySchema.parse(JSON.parse(body)).error.message).toMatch(/in time/);
  });

  it('closes a connection whose headers never complete after BFF_HEADERS_TIMEOUT_MS', async () => {
    const out = await hold('GET /api/health HTTP/1.1\r\nHost: x\r\n').closed;
    expect(out.closedAfterMs).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    expect(out.closedAfterMs).toBeLessThan(REQUEST_MS);
    expect(statusOf(out.text)).toBe(408);
  });

  it('closes an idle keep-alive connection after BFF_KEEP_ALIVE_TIMEOUT_MS', async () => {
    const out = await hold('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n').closed;
    expect(statusOf(out.text)).toBe(200);
    expect(out.text).toContain('{"status":"ok"}');
    const idleMs = out.closedAfterMs - out.answeredAfterMs;
    expect(idleMs).toBeGreaterThanOrEqual(KEEP_ALIVE_MS - 50);
    // Node waits 1 s past the timeout it announces, so clients never reuse a closing socket.
    expect(idleMs).toBeLessThan(KEEP_ALIVE_MS + 1000 + 1500);
  });
});

describe('BFF_MAX_CONNECTIONS', () => {
  it('drops connections past the cap at once, and frees the slots of timed-out ones', async () => {
    const held = [1, 2, 3].map(() => hold('', { halfOpen: true }));
    await Promise.all(held.map((c) => c.connected));
    // Node counts a connection once it is accepted: give the server a tick to see all three.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const extra = await hold('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n').closed;
    // Closed unanswered (an accepted one would get its 200, or a 408 after HEADERS_MS).
    expect(extra.text).toBe('');
    for (const out of await Promise.all(held.map((c) => c.closed))) {
      expect(statusOf(out.text)).toBe(408);
    }
    try {
      // The three clients still hold their side: only the server's close freed the slots.
      expect((await fetch(`${bff.url}/api/health`)).status).toBe(200);
    } finally {
      for (const c of held) c.socket.destroy();
    }
  });
});
