import { request } from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { ok } from './signed-call.ts';

// Issue 15: loopback alone let any page in the machine's browser reset the emulator, or read its
// state by DNS rebinding. Black-box through the real server, with node:http so the test can send
// the Host and Origin a browser would.

const TOKEN = 'test-admin-token-0123456789';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' }, adminToken: TOKEN });
});
afterAll(() => emu.close());

interface Answer {
  status: number;
  body: { ok?: boolean; error?: { code: string; message: string } };
}

function call(
  method: string,
  path: string,
  headers: OutgoingHttpHeaders,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: emu.port, method, path: `/_emulator/${path}`, headers },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const host = () => `127.0.0.1:${emu.port}`;
const authed = (extra: OutgoingHttpHeaders = {}) => ({
  host: host(),
  'x-emulator-admin-token': TOKEN,
  ...extra,
});

describe('admin API access (issue 15)', () => {
  it('answers with the token, a loopback Host and a JSON body', async () => {
    expect(await call('GET', 'health', authed())).toEqual({ status: 200, body: { ok: true } });
    expect(await call('GET', 'health', authed({ host: `localhost:${emu.port}` }))).toMatchObject({
      status: 200,
    });
    const json = authed({ 'content-type': 'application/json; charset=utf-8' });
    expect(await call('PUT', 'timing', json, '{"mode":"immediate"}')).toMatchObject({
      status: 200,
    });
    const sameOrigin = authed({ origin: `http://${host()}` });
    expect(await call('GET', 'stats', sameOrigin)).toMatchObject({ status: 200 });
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const missing = await call('GET', 'state', { host: host() });
    expect(missing.status).toBe(401);
    expect(missing.body.error).toEqual({
      code: 'Unauthorized',
      message: expect.stringContaining('x-emulator-admin-token') as string,
    });
    const wrong = await call('GET', 'state', authed({ 'x-emulator-admin-token': `${TOKEN}x` }));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('Unauthorized');
    // An unknown route says nothing either until the caller is known.
    expect((await call('GET', 'nope', { host: host() })).status).toBe(401);
  });

  it('answers 403 to a foreign Host (DNS rebinding), even with the token', async () => {
    for (const h of [`attacker.example:${emu.port}`, '127.0.0.1:1', '127.0.0.1']) {
      const a = await call('GET', 'state', authed({ host: h }));
      expect({ h, status: a.status, code: a.body.error?.code }).toEqual({
        h,
        status: 403,
        code: 'Forbidden',
      });
    }
  });

  it('answers 403 to a cross-origin Origin, even with the token', async () => {
    for (const origin of ['http://attacker.example', 'null', `https://${host()}`]) {
      const a = await call('POST', 'reset', authed({ origin }));
      expect({ origin, status: a.status }).toEqual({ origin, status: 403 });
      expect(a.body.error?.message).toContain(origin);
    }
  });

  it('answers 415 to a body that is not application/json', async () => {
    const form = await call(
      'PUT',
      'timing',
      authed({ 'content-type': 'text/plain' }),
      '{"mode":"manual"}',
    );
    expect(form.status).toBe(415);
    expect(form.body.error).toEqual({
      code: 'UnsupportedMediaType',
      message: expect.stringContaining('text/plain') as string,
    });
    expect((await call('PUT', 'timing', authed(), '{"mode":"manual"}')).status).toBe(415);
  });

  it('changes nothing when it refuses', async () => {
    await ok(emu.url, 'AllocateEipAddress', { RegionId: 'cn-hangzhou', Name: 'kept' });
    await call('POST', 'reset', { host: host() });
    await call('POST', 'reset', authed({ origin: 'http://attacker.example' }));
    const eips = await ok<{ TotalCount: number }>(emu.url, 'DescribeEipAddresses', {
      RegionId: 'cn-hangzhou',
      EipName: 'kept',
    });
    expect(eips.TotalCount).toBe(1);
  });
});

describe('admin token', () => {
  it('is random per start unless given, and a given one is checked', async () => {
    const a = await startEmulator({ logger: false });
    const b = await startEmulator({ logger: false });
    try {
      expect(a.adminToken).toMatch(/^[\w-]{43}$/);
      expect(a.adminToken).not.toBe(b.adminToken);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    await expect(startEmulator({ logger: false, adminToken: 'short' })).rejects.toThrow(
      /16 or more/,
    );
  });
});
