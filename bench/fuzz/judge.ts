// What counts as a good answer to a malformed request: any answer (no crash, no hang), never a
// 5xx, and every 4xx a clear error body — the BFF's `{ error: { code, message } }`, the
// emulator's Alibaba envelope (`Code`, `Message`, `RequestId`, XML or JSON), or its admin API's
// `{ error: { code, message } }`.
import type { RawAnswer } from './raw-http.ts';

/** Why an answer fails, or undefined when it passes. */
export type Verdict = string | undefined;

function common(method: string, a: RawAnswer): Verdict | { status: number; body: string } {
  if ('error' in a) return `no answer: ${a.error}`;
  if (a.status >= 500) return `${a.status}: ${a.body.slice(0, 200)}`;
  if (a.status < 400 || method === 'HEAD') return undefined;
  return { status: a.status, body: a.body };
}

const json = (text: string): Record<string, unknown> | undefined => {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** `{ error: { code, message } }` with non-empty strings. */
export function hasBffErrorBody(text: string): boolean {
  const error = json(text)?.error as Record<string, unknown> | undefined;
  return typeof error?.code === 'string' && error.code !== '' && typeof error.message === 'string';
}

/** A BFF answer to a fuzz case. */
export function judgeBff(method: string, a: RawAnswer): Verdict {
  const c = common(method, a);
  if (c === undefined || typeof c === 'string') return c;
  return hasBffErrorBody(c.body)
    ? undefined
    : `${c.status} without the error body: ${c.body.slice(0, 120)}`;
}

/** An emulator answer: admin routes answer JSON errors, RPC the Alibaba envelope. */
export function judgeEmulator(method: string, target: string, a: RawAnswer): Verdict {
  const c = common(method, a);
  if (c === undefined || typeof c === 'string') return c;
  // Admin routes answer `{ error }`; what Node refuses before routing (400/431/417) answers the
  // Alibaba envelope whatever the path.
  if (target.startsWith('/_emulator') && hasBffErrorBody(c.body)) return undefined;
  const j = json(c.body);
  const ok = j
    ? typeof j.Code === 'string' && typeof j.Message === 'string' && typeof j.RequestId === 'string'
    : /<Error>[\s\S]*<RequestId>[^<]+<\/RequestId>[\s\S]*<Code>[^<]+<\/Code>|<Code>[^<]+<\/Code>[\s\S]*<RequestId>[^<]+<\/RequestId>/.test(
        c.body,
      );
  return ok ? undefined : `${c.status} without the Alibaba error envelope: ${c.body.slice(0, 120)}`;
}
