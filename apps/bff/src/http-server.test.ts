import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpServer, DEFAULT_SERVER_LIMITS, listen } from './http-server.ts';

const servers: Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
});

/** One GET through `server`; the objects whose prototype Express's handling actually changed. */
async function prototypesChanged(server: Server) {
  servers.push(server);
  await listen(server, 0, '127.0.0.1');
  const changed: unknown[] = [];
  const setPrototypeOf = Object.setPrototypeOf;
  vi.spyOn(Object, 'setPrototypeOf').mockImplementation((o: object, proto: object | null) => {
    const message = o instanceof IncomingMessage || o instanceof ServerResponse;
    if (message && Object.getPrototypeOf(o) !== proto) changed.push(o);
    return setPrototypeOf(o, proto);
  });
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x?a=1`);
  vi.restoreAllMocks();
  return { changed, status: res.status, body: await res.json() };
}

function app() {
  const a = express();
  a.get('/x', (req, res) => {
    res.json({
      query: req.query,
      request: req instanceof IncomingMessage,
      response: res instanceof ServerResponse,
    });
  });
  return a;
}

describe('createHttpServer', () => {
  it("makes each request and response with Express's prototypes: Express has none to change", async () => {
    const got = await prototypesChanged(createHttpServer(app(), DEFAULT_SERVER_LIMITS));
    expect(got).toEqual({
      changed: [],
      status: 200,
      body: { query: { a: '1' }, request: true, response: true },
    });
  });

  it('(the check above sees the change on a plain Node server)', async () => {
    const got = await prototypesChanged(createServer(app()));
    expect(got.changed).toHaveLength(2);
    expect(got.body).toEqual({ query: { a: '1' }, request: true, response: true });
  });
});
