// HTTP/1.1 over a raw socket: the fuzzer must send what well-behaved clients refuse to (bad
// header bytes, broken request targets, lying Content-Length), so it writes the bytes itself.
import { connect } from 'node:net';

/** A request as bytes-to-be: any method, target, header and body. */
export interface RawRequest {
  method: string;
  target: string;
  headers: [string, string][];
  body?: string;
}

/** A parsed answer, or why none came. */
export type RawAnswer =
  { status: number; headers: Record<string, string>; body: string } | { error: string };

// The Host a well-behaved client sends, port included: the emulator's admin API refuses any other.
function encode(req: RawRequest, port: number): Buffer {
  const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
  const lines = [
    `${req.method} ${req.target} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Connection: close',
  ];
  for (const [k, v] of req.headers) lines.push(`${k}: ${v}`);
  if (body && !req.headers.some(([k]) => k.toLowerCase() === 'content-length'))
    lines.push(`Content-Length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  return body ? Buffer.concat([head, body]) : head;
}

function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < raw.length) {
    const eol = raw.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(raw.subarray(at, eol).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parse(raw: Buffer): RawAnswer {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return { error: `incomplete answer (${raw.length} bytes)` };
  const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!status) return { error: `bad status line: ${statusLine.slice(0, 80)}` };
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  let body = raw.subarray(split + 4);
  if (headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  return { status, headers, body: body.toString('utf8') };
}

/** Sends one request on a fresh connection and reads the answer until the server closes. */
export function sendRaw(port: number, req: RawRequest, timeoutMs = 15_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    const done = (answer: RawAnswer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done({ error: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.on('connect', () => socket.write(encode(req, port)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (e) =>
      // A reset after a complete answer (server closed while we still wrote) is not a crash.
      done(chunks.length ? parse(Buffer.concat(chunks)) : { error: `socket: ${e.message}` }),
    );
    socket.on('close', () => done(parse(Buffer.concat(chunks))));
  });
}
