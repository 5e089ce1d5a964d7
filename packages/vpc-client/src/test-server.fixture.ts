import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { VpcClient } from './vpc-client.ts';
import type { VpcClientOptions } from './vpc-client.ts';

/** What the test server saw of one request (query and form body merged). */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  params: Record<string, string>;
  body: string;
}

/** A scripted answer: a response, a dropped socket, or a stall before headers or mid-body. */
export type Reply =
  | { status: number; body: string; headers?: Record<string, string> }
  | { drop: true }
  | { stallMs: number }
  | { stallBodyMs: number };

/** A node:http server on 127.0.0.1:0 answering from a script, for transport/retry tests. */
export interface TestServer {
  url: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** A reply, or a function building one from the request (to echo what the client sent). */
export type Script = Reply | ((req: SeenRequest) => Reply);

/** Starts a server that answers the n-th request with `replies[n]` (the last one repeats). */
export async function startTestServer(replies: Script[]): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params = Object.fromEntries([
      ...url.searchParams.entries(),
      ...new URLSearchParams(body).entries(),
    ]);
    const request = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      params,
      body,
    };
    seen.push(request);
    const script = replies[Math.min(seen.length, replies.length) - 1];
    const reply = typeof script === 'function' ? script(request) : script;
    if (!reply || 'drop' in reply) {
      req.socket.destroy();
      return;
    }
    if ('stallBodyMs' in reply) {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<DescribeZonesResponse>');
      setTimeout(() => res.destroyed || res.end('</DescribeZonesResponse>'), reply.stallBodyMs);
      return;
    }
    if ('stallMs' in reply) {
      setTimeout(() => res.destroyed || res.end(), reply.stallMs);
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'text/xml', ...reply.headers });
    res.end(reply.body);
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A `setup(replies, options)` that starts a test server and a client pointed at it; both are
 * closed after each test of the calling file, so a failing test cannot leak sockets into the next.
 * @param defaults client options of the file (credentials, retry); `options` override them
 */
export function useTestClient(
  defaults: Omit<VpcClientOptions, 'endpoint'>,
): (
  replies: Script[],
  options?: Partial<VpcClientOptions>,
) => Promise<{ server: TestServer; client: VpcClient }> {
  let server: TestServer | undefined;
  let client: VpcClient | undefined;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    client = server = undefined;
  });
  return async (replies, options = {}) => {
    server = await startTestServer(replies);
    client = new VpcClient({ endpoint: server.url, ...defaults, ...options });
    return { server, client };
  };
}
