import { signRpcRequest } from '@gc/signer';

/** Where and as whom a run calls. */
export interface Target {
  /** Base URL of the VPC endpoint (`https://vpc.aliyuncs.com`, or an emulator). */
  endpoint: string;
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string };
}

/** What came back from one call, before normalisation. */
export interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Options of {@link rawCall}: a request can be deliberately broken (the bad-request steps). */
export interface RawCallOptions {
  tamper?: (signed: Record<string, string>) => void;
  /** Signs with this time instead of now (a stale request). */
  timestamp?: string;
}

/**
 * One signed POST with Format=JSON, answered as the server said it (no retries, no error
 * mapping): parity is about exactly what the endpoint answers.
 */
export async function rawCall(
  target: Target,
  action: string,
  params: Record<string, string>,
  options: RawCallOptions = {},
): Promise<RawAnswer> {
  const signed = signRpcRequest({
    method: 'POST',
    action,
    params,
    credentials: target.credentials,
    format: 'JSON',
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  options.tamper?.(signed);
  const res = await fetch(`${target.endpoint.replace(/\/+$/, '')}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(signed).toString().replace(/\+/g, '%20'),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // A gateway page or an empty answer: kept as text so the difference is visible.
    body = { NonJsonBody: text.slice(0, 200) };
  }
  return { status: res.status, body };
}
