import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { ApiError } from './api-error.ts';
import { isV3Request } from './auth.ts';
import type { Authenticator } from './auth.ts';
import { isReadOnly } from './dispatch.ts';
import type { Registry } from './dispatch.ts';
import {
  internalError,
  invalidActionNotFound,
  invalidFormat,
  invalidVersion,
  missingNamed,
  missingVersion,
  unsupportedHttpMethod,
} from './errors.ts';
import type { Faults } from './faults.ts';
import { fingerprint } from './idempotency.ts';
import type { Idempotency } from './idempotency.ts';
import { newRequestId } from './ids.ts';
import type { Lifecycle } from './lifecycle.ts';
import { redactParams } from './logger.ts';
import { renderError, renderSuccess } from './render.ts';
import type { Format, Rendered } from './render.ts';
import type { Store } from './store.ts';
import type { Stats } from './stats.ts';

/** What the RPC pipeline needs. */
export interface RpcDeps {
  registry: Registry;
  store: Store;
  lifecycle: Lifecycle;
  auth: Authenticator;
  idempotency: Idempotency;
  faults: Faults;
  stats: Stats;
  logger: Logger;
  newId: (prefix: string, regionId?: string) => string;
  onMutation: () => void;
}

/** The API version this emulator serves (REFERENCE §1.2). */
export const API_VERSION = '2016-04-28';

function formParams(req: IncomingMessage, rawBody: string): Record<string, string> {
  const type = req.headers['content-type'] ?? '';
  if (!rawBody || !type.toLowerCase().includes('application/x-www-form-urlencoded')) return {};
  return Object.fromEntries(new URLSearchParams(rawBody));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// Format is case-insensitive (the new SDK sends `json`, pop-core `JSON`); default XML as in the
// generic docs, except ACS3 requests, whose SDK sends no Format and decodes JSON (REFERENCE §7).
function resolveFormat(raw: string | undefined, v3: boolean): { format: Format; bad?: string } {
  if (raw === undefined || raw === '') return { format: v3 ? 'JSON' : 'XML' };
  const upper = raw.toUpperCase();
  if (upper === 'JSON' || upper === 'XML') return { format: upper };
  return { format: 'XML', bad: raw };
}

function send(
  res: ServerResponse,
  status: number,
  rendered: Rendered,
  requestId: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': rendered.contentType,
    'content-length': Buffer.byteLength(rendered.body),
    'x-acs-request-id': requestId,
    ...extra,
  });
  res.end(rendered.body);
}

/** The request target as a URL: `//x` alone is a host-less URL and would throw (found by fuzzing). */
export function requestUrl(target = '/'): URL {
  try {
    return new URL(target, 'http://emulator');
  } catch {
    return new URL(`http://emulator/${target.replace(/^\/+/, '')}`);
  }
}

/** Handles one RPC call on `/`: params, version, action, signature, faults, handler, envelope. */
export async function handleRpc(
  req: IncomingMessage,
  res: ServerResponse,
  rawBody: string,
  deps: RpcDeps,
): Promise<void> {
  const started = performance.now();
  const requestId = newRequestId();
  const url = requestUrl(req.url);
  const query = Object.fromEntries(url.searchParams);
  // Parameters come from the query string and the form body (REFERENCE §1.1).
  const params = { ...query, ...formParams(req, rawBody) };
  const v3 = isV3Request(req.headers);
  const action = (v3 ? header(req, 'x-acs-action') : params.Action) ?? '';
  const { format, bad } = resolveFormat(params.Format, v3);
  let code = 'OK';
  let status = 200;
  let token: { accessKeyId: string; value: string } | undefined;
  try {
    if (req.method !== 'GET' && req.method !== 'POST')
      throw unsupportedHttpMethod(req.method ?? '');
    deps.stats.count(action || '(none)');
    if (bad !== undefined) throw invalidFormat(bad);
    if (!action) throw missingNamed('Action');
    const version = v3 ? header(req, 'x-acs-version') : params.Version;
    if (!version) throw missingVersion();
    if (version !== API_VERSION) throw invalidVersion(version);
    const handler = deps.registry.actions.get(action);
    if (!handler) throw invalidActionNotFound();
    const { accessKeyId } = deps.auth.verify({
      method: req.method,
      path: url.pathname,
      headers: req.headers,
      query,
      params,
      rawBody,
    });
    const readOnly = isReadOnly(action);
    const fault = deps.faults.decide(action, params.RegionId);
    const clientToken = params.ClientToken;
    if (!readOnly && clientToken) {
      const start = deps.idempotency.begin(accessKeyId, clientToken, fingerprint(action, params));
      if (start.kind === 'replay') {
        send(res, 200, renderSuccess(action, requestId, start.response, format), requestId);
        return;
      }
      token = { accessKeyId, value: clientToken };
    }
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.error) throw fault.error;
    // Transitions are applied lazily: due ones first, manual-mode Describe counts next.
    let applied = deps.lifecycle.tick();
    if (readOnly) applied += deps.lifecycle.countDescribe(params.RegionId);
    const body = handler({
      action,
      params,
      requestId,
      accessKeyId,
      store: deps.store,
      lifecycle: deps.lifecycle,
      tagKinds: deps.registry.tagKinds,
      newId: deps.newId,
      now: new Date(),
    });
    applied += deps.lifecycle.tick();
    if (token) deps.idempotency.complete(token.accessKeyId, token.value, body);
    if (!readOnly || applied > 0) deps.onMutation();
    if (fault.drop) {
      // The change is committed; the answer is lost: the client sees a connection reset.
      code = 'Dropped';
      req.socket.destroy();
      return;
    }
    send(res, 200, renderSuccess(action, requestId, body, format), requestId);
  } catch (error) {
    if (token) deps.idempotency.abort(token.accessKeyId, token.value);
    const apiError = error instanceof ApiError ? error : internalError();
    if (!(error instanceof ApiError))
      deps.logger.error({ err: error, requestId, action }, 'handler crashed');
    code = apiError.code;
    status = apiError.status;
    deps.stats.countError(code);
    const hostId = header(req, 'host') ?? 'vpc.aliyuncs.com';
    send(
      res,
      status,
      renderError(apiError, requestId, hostId, format),
      requestId,
      apiError.headers,
    );
  } finally {
    if (deps.logger.isLevelEnabled('info'))
      deps.logger.info(
        {
          requestId,
          action,
          params: redactParams(params),
          code,
          status,
          latencyMs: Math.round(performance.now() - started),
        },
        'rpc',
      );
  }
}
