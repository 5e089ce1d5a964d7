import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { BFF_ERROR_CODES, type ErrorBody } from '@gc/contracts';

function body(message: string): string {
  const payload: ErrorBody = { error: { code: BFF_ERROR_CODES.invalidInput, message } };
  return JSON.stringify(payload);
}

function answerTo(code: string | undefined): [status: number, message: string] {
  if (code === 'HPE_HEADER_OVERFLOW') return [431, 'The request line and headers are too large.'];
  // BFF_HEADERS_TIMEOUT_MS or BFF_REQUEST_TIMEOUT_MS passed before the request was complete.
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'The request did not arrive in time.'];
  return [400, 'The HTTP request is malformed.'];
}

/**
 * Node answers some requests before Express sees them (bad header bytes, headers over 16 KB, an
 * `Expect` other than 100-continue) with a bare status line; these give the shared error body
 * instead (found by bench/fuzz.ts), and a request that timed out a 408.
 */
export function answerProtocolErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // Something already answered on this connection (Node's own rule): close it, write nothing.
    if (!socket.writable || socket.bytesWritten > 0 || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, message] = answerTo(err.code);
    const text = body(message);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
    );
    // The server's sockets are half-open: without this, one whose client never closes its side
    // would keep its slot under `maxConnections` (a slow body that timed out, for one).
    socket.destroySoon();
  });
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const text = body('Only "Expect: 100-continue" is supported.');
    res.writeHead(417, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
}
