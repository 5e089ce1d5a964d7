import { createServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleAdmin, replyAdminError } from './admin.ts';
import { checkAdminToken, newAdminToken } from './admin-access.ts';
import type { AdminControl } from './admin.ts';
import { setVpnPeer } from './resources/vpn-tunnel.peer.ts';
import type { ApiError } from './api-error.ts';
import { Authenticator } from './auth.ts';
import { buildRegistry } from './dispatch.ts';
import {
  adminPayloadTooLarge,
  badRequest,
  expectationFailed,
  requestEntityTooLarge,
  requestHeaderFieldsTooLarge,
} from './errors.ts';
import { Faults } from './faults.ts';
import { Idempotency } from './idempotency.ts';
import { createIdFactory, newRequestId } from './ids.ts';
import { Lifecycle } from './lifecycle.ts';
import { createLogger } from './logger.ts';
import { DEMO_ACCESS_KEY } from './options.ts';
import type { EmulatorOptions, RunningEmulator } from './options.ts';
import { loadStateFile, StateWriter } from './persistence.ts';
import { renderError } from './render.ts';
import { resourceModules } from './resources/index.ts';
import { handleRpc } from './rpc.ts';
import { seedStore, seedTimeOf } from './seed.ts';
import { Stats } from './stats.ts';
import { Store } from './store.ts';

const MAX_BODY_BYTES = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

// Requests refused before an action is known still get the error envelope (REFERENCE §2.3),
// in XML, the default Format (the body holding Format was not read). Codes are the emulator's
// choice: the real gateway's answer to these is undocumented.
function refuse(res: ServerResponse, error: ApiError): void {
  const requestId = newRequestId();
  const { contentType, body } = renderError(error, requestId, 'vpc.aliyuncs.com', 'XML');
  res.writeHead(error.status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-acs-request-id': requestId,
  });
  res.end(body);
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  if ((req.url ?? '').startsWith('/_emulator/'))
    return replyAdminError(res, adminPayloadTooLarge(MAX_BODY_BYTES));
  refuse(res, requestEntityTooLarge(MAX_BODY_BYTES));
}

/** Node's own protocol rejections (bad header bytes, headers too large, `Expect`) in the envelope. */
function answerProtocolErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // Something already answered on this connection (Node's own rule): close it, write nothing.
    if (!socket.writable || socket.bytesWritten > 0 || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const error = err.code === 'HPE_HEADER_OVERFLOW' ? requestHeaderFieldsTooLarge() : badRequest();
    const status = error.status;
    const requestId = newRequestId();
    const { contentType, body } = renderError(error, requestId, 'vpc.aliyuncs.com', 'XML');
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${contentType}\r\n` +
        `x-acs-request-id: ${requestId}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  });
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) =>
    refuse(res, expectationFailed()),
  );
}

/** Starts the VPC API emulator on 127.0.0.1 (port 0 = a free port). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const logger = createLogger(options.logger);
  const adminToken =
    options.adminToken === undefined ? newAdminToken() : checkAdminToken(options.adminToken);
  const registry = buildRegistry(resourceModules);
  const store = new Store();
  const seed = options.seed ?? true;
  // Taken once: a reset gives the same dates as the start did.
  const seedTime = seedTimeOf(options.seedTime);
  const reset = (): void => {
    store.restore(Store.empty());
    if (seed) seedStore(store, registry.modules, seedTime);
  };
  // A corrupt state file throws here, before anything could overwrite it.
  const loaded = options.stateFile ? loadStateFile(options.stateFile) : undefined;
  if (loaded) store.restore(loaded);
  else reset();
  const lifecycle = new Lifecycle(store, registry.effects, options.timing ?? { mode: 'timed' });
  const writer = options.stateFile
    ? new StateWriter(options.stateFile, () => store.snapshot())
    : undefined;
  if (writer && !loaded) await writer.flush();
  const onMutation = (): void => writer?.markDirty();
  const keys = options.accessKeys ?? {
    [DEMO_ACCESS_KEY.accessKeyId]: DEMO_ACCESS_KEY.accessKeySecret,
  };
  const faults = new Faults(options.rngSeed ?? 1);
  const stats = new Stats();
  const deps = {
    registry,
    store,
    lifecycle,
    auth: new Authenticator(() => keys),
    idempotency: new Idempotency(store),
    faults,
    stats,
    logger,
    newId: createIdFactory(),
    onMutation,
  };
  const control: AdminControl = {
    reset,
    snapshot: () => store.snapshot(),
    restore: (data) => store.restore(data),
    setTiming: (timing) => lifecycle.setTiming(timing),
    advance: (ms) => lifecycle.advance(ms),
    faults,
    stats,
    store,
    setVpnPeer: (id, up) => setVpnPeer(store, id, up, lifecycle.now()),
  };

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        if (body === undefined) return tooLarge(req, res);
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith('/_emulator/'))
          return handleAdmin(req, res, body, control, onMutation, adminToken);
        return handleRpc(req, res, body, deps);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  server.keepAliveTimeout = 30_000;
  answerProtocolErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url }, 'VPC API emulator listening');
  return {
    url,
    port,
    adminToken,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await writer?.flush();
    },
  };
}
