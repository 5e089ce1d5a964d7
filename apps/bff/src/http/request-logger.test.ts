import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { requestLogger } from './request-logger.ts';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l));
    done();
  },
});
let server: Server;
let base = '';

beforeAll(async () => {
  const app = express();
  app.use(requestLogger(createLogger('info', sink)));
  app.get('/ok', (req, res) => {
    req.log.info({ password: 'hunter2' }, 'inside');
    res.json({ ok: true });
  });
  app.get('/missing', (_req, res) => {
    res.status(404).json({});
  });
  app.get('/same', (req, res) => {
    // One child per request, made on first use; a handler may replace it (pino-http allowed it).
    const first = req.log;
    const again = req.log;
    req.log = first.child({ step: 'replaced' });
    req.log.info('after');
    res.json({ same: first === again });
  });
  app.get('/broken', (_req, res) => {
    res.status(502).json({});
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  await res.text();
  const id = res.headers.get('x-request-id') ?? '';
  // The line is written on 'finish', which may come a tick after the client has the body.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { id, mine: lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id) };
}

describe('requestLogger', () => {
  it('writes the lines pino-http wrote: req, clientRequestId, res, responseTime, msg', async () => {
    const { id, mine } = await get('/ok?x=1', { 'x-request-id': 'trace-1' });
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      level: 30,
      service: 'bff',
      req: { id, method: 'GET', url: '/ok?x=1' },
      clientRequestId: 'trace-1',
      password: '[redacted]',
      msg: 'inside',
    });
    expect(mine[1]).toMatchObject({
      level: 30,
      req: { id, method: 'GET', url: '/ok?x=1' },
      clientRequestId: 'trace-1',
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(Object.keys(mine[1] ?? {})).toEqual([
      ...['level', 'time', 'service', 'req', 'clientRequestId', 'res', 'responseTime', 'msg'],
    ]);
  });

  it('logs a 4xx as warn and a 5xx as error with the failure', async () => {
    const missing = await get('/missing');
    expect(missing.mine).toEqual([
      expect.objectContaining({ level: 40, res: { statusCode: 404 }, msg: 'request completed' }),
    ]);
    expect(missing.mine[0]).not.toHaveProperty('clientRequestId');
    const broken = await get('/broken');
    expect(broken.mine).toEqual([
      expect.objectContaining({
        level: 50,
        res: { statusCode: 502 },
        err: expect.objectContaining({ message: 'failed with status code 502' }),
        msg: 'request errored',
      }),
    ]);
  });

  it("gives each request its own child logger, made once, replaceable, bound to that request's ID", async () => {
    const res = await fetch(`${base}/same`);
    expect(await res.json()).toEqual({ same: true });
    const id = res.headers.get('x-request-id') ?? '';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id)).toEqual([
      expect.objectContaining({ step: 'replaced', msg: 'after' }),
      expect.objectContaining({ msg: 'request completed' }),
    ]);
  });

  it('logs through the logger of the app that took the request', async () => {
    const other: Record<string, unknown>[] = [];
    const otherSink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString().split('\n')) if (l) other.push(JSON.parse(l));
        done();
      },
    });
    const app = express();
    app.use(requestLogger(createLogger('info', otherSink)));
    app.get('/here', (req, res) => {
      req.log.info('here');
      res.json({});
    });
    const s: Server = await new Promise((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started));
    });
    try {
      const before = lines.length;
      await (await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/here`)).text();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(other.map((l) => l.msg)).toEqual(['here', 'request completed']);
      expect(lines.length).toBe(before);
    } finally {
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });
});
