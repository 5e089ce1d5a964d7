import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { BFF_ERROR_CODES, type ErrorBody } from '@gc/contracts';

function body(message: string): string {
  const payload: ErrorBody = { error: { code: BFF_ERROR_CODES.invalidInput, message } };
  return JSON.stringify(payload);
}

/**
 * Node answers some requests before Express sees them (bad header bytes, headers over 16 KB, an
 * `Expect` other than 100-continue) with a bare status line; these give the shared error body
 * instead (found by bench/fuzz.ts).
 */
export function answerProtocolErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // Something already answered on this connection (Node's own rule): close it, write nothing.
    if (!socket.writable || socket.bytesWritten > 0 || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const large = err.code === 'HPE_HEADER_OVERFLOW';
    const status = large ? 431 : 400;
    const text = body(
      large ? 'The request line and headers are too large.' : 'The HTTP request is malformed.',
    );
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
    );
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
