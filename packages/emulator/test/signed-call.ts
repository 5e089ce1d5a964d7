import { signRpcRequest } from '@gc/signer';
import { XMLParser } from 'fast-xml-parser';
import { ADMIN_TOKEN_HEADER, DEMO_ACCESS_KEY } from '../src/index.ts';

/** Result of one raw signed call: status, headers and the parsed body. */
export interface RawResult {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, unknown>;
}

const xml = new XMLParser({ parseTagValue: false });

/** Options of {@link signedCall}. */
export interface CallOptions {
  method?: 'GET' | 'POST';
  format?: 'XML' | 'JSON';
  credentials?: { accessKeyId: string; accessKeySecret: string };
  /** Mutates the signed params before sending (to forge broken requests). */
  tamper?: (params: Record<string, string>) => void;
  nonce?: string;
  timestamp?: Date | string;
  version?: string;
}

/** Signs an action with signature 1.0 (our signer) and sends it with fetch. */
export async function signedCall(
  baseUrl: string,
  action: string,
  params: Record<string, string | number | boolean> = {},
  o: CallOptions = {},
): Promise<RawResult> {
  const method = o.method ?? 'GET';
  const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const signed = signRpcRequest({
    method,
    action,
    params: stringParams,
    credentials: o.credentials ?? { ...DEMO_ACCESS_KEY },
    format: o.format ?? 'JSON',
    ...(o.version ? { version: o.version } : {}),
    ...(o.nonce ? { nonce: o.nonce } : {}),
    ...(o.timestamp ? { timestamp: o.timestamp } : {}),
  });
  o.tamper?.(signed);
  const qs = new URLSearchParams(signed).toString().replace(/\+/g, '%20');
  const res =
    method === 'GET'
      ? await fetch(`${baseUrl}/?${qs}`)
      : await fetch(`${baseUrl}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: qs,
        });
  const text = await res.text();
  const body = text.startsWith('<?xml')
    ? (Object.values(xml.parse(text) as Record<string, unknown>).find(
        (x) => typeof x === 'object',
      ) as Record<string, unknown>)
    : (JSON.parse(text) as Record<string, unknown>);
  return { status: res.status, headers: res.headers, text, body };
}

/** Calls and expects 200; returns the JSON body. */
export async function ok<T = Record<string, unknown>>(
  baseUrl: string,
  action: string,
  params: Record<string, string | number | boolean> = {},
  o: CallOptions = {},
): Promise<T> {
  const r = await signedCall(baseUrl, action, params, o);
  if (r.status !== 200) throw new Error(`${action} → ${r.status} ${r.text}`);
  return r.body as T;
}

/** Calls and expects an error; returns status and code. */
export async function fails(
  baseUrl: string,
  action: string,
  params: Record<string, string | number | boolean> = {},
  o: CallOptions = {},
): Promise<{ status: number; code: string; message: string; headers: Headers }> {
  const r = await signedCall(baseUrl, action, params, o);
  if (r.status < 400) throw new Error(`${action} unexpectedly succeeded: ${r.text}`);
  return {
    status: r.status,
    code: String(r.body.Code),
    message: String(r.body.Message),
    headers: r.headers,
  };
}

/** JSON call to the admin API of `emu`, with its token. */
export async function admin(
  emu: { url: string; adminToken: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${emu.url}/_emulator/${path}`, {
    method,
    headers: {
      [ADMIN_TOKEN_HEADER]: emu.adminToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`admin ${method} ${path} → ${res.status} ${text}`);
  return JSON.parse(text) as unknown;
}
