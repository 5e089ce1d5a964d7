import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '@gc/contracts';
import { answerProtocolErrors } from './protocol-errors.ts';

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'));
  answerProtocolErrors(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function raw(bytes: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(bytes));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1]),
        body: text.slice(text.indexOf('\r\n\r\n') + 4),
      });
    });
  });
}

// Regressions found by bench/fuzz.ts: Node's own rejections had no error body.
describe('answerProtocolErrors', () => {
  it('answers a bad header byte with 400 and the error body', async () => {
    const res = await raw(
      'GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\nConnection: close\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(JSON.parse(res.body)).error.code).toBe('InvalidInput');
  });

  it('answers oversized headers with 431 and an unknown Expect with 417', async () => {
    const big = await raw(`GET /?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(big.status).toBe(431);
    expect(errorBodySchema.parse(JSON.parse(big.body)).error.message).toMatch(/too large/);
    const later = await raw(
      'GET / HTTP/1.1\r\nHost: x\r\nExpect: later\r\nConnection: close\r\n\r\n',
    );
    expect(later.status).toBe(417);
    expect(errorBodySchema.parse(JSON.parse(later.body)).error.code).toBe('InvalidInput');
  });

  it('leaves good requests alone', async () => {
    const ok = await raw('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(ok).toMatchObject({ status: 200 });
  });
});
