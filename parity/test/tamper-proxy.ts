import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback proxy that rewrites the answers of one action: a deliberately changed emulator. */
export async function tamperProxy(
  upstream: string,
  action: string,
  rewrite: (body: string) => string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      fetch(`${upstream}${req.url ?? '/'}`, {
        method: req.method ?? 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? 'text/plain' },
        ...(req.method === 'GET' ? {} : { body }),
      })
        .then(async (answer) => {
          const text = await answer.text();
          const hit = new URLSearchParams(body).get('Action') === action;
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(hit ? rewrite(text) : text);
        })
        .catch(() => {
          res.writeHead(502);
          res.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
