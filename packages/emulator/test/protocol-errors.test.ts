import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/index.ts';

// Regressions found by bench/fuzz.ts: requests refused before an action is known answered a
// bare 500, a text/plain 413 or Node's own body-less 400/431/417.
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, logger: false });
});
afterAll(() => emu.close());

/** Sends raw bytes (what fetch refuses to send) and returns the status line and body. */
function raw(bytes: string | Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port: emu.port }, () => socket.write(bytes));
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

const envelope = (code: string) =>
  new RegExp(`^<\\?xml[^>]*><Error><RequestId>[0-9A-F-]{36}</RequestId>.*<Code>${code}</Code>`);

describe('errors before an action is known keep the Alibaba error envelope', () => {
  it('a protocol-relative target (//) is an RPC call without Action, not a 500', async () => {
    const res = await raw('GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.body).toMatch(envelope('MissingAction'));
  });

  it('a body over 1 MB answers 413 in the envelope', async () => {
    const body = `Action=${'x'.repeat(1024 * 1024)}`;
    const res = await raw(
      `POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatch(envelope('RequestEntityTooLarge'));
  });

  it('a header with a NUL byte answers 400 in the envelope', async () => {
    const res = await raw(
      'GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\nConnection: close\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatch(envelope('BadRequest'));
  });

  it('headers over 16 KB answer 431, an unknown Expect 417, both in the envelope', async () => {
    const big = await raw(`GET /?a=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(big.status).toBe(431);
    expect(big.body).toMatch(envelope('RequestHeaderFieldsTooLarge'));
    const expect417 = await raw(
      'GET / HTTP/1.1\r\nHost: x\r\nExpect: later\r\nConnection: close\r\n\r\n',
    );
    expect(expect417.status).toBe(417);
    expect(expect417.body).toMatch(envelope('ExpectationFailed'));
  });
});
