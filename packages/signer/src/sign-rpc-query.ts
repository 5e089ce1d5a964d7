import { randomUUID } from 'node:crypto';
import { encodeParam } from './canonical-query.ts';
import { computeSignature } from './compute-signature.ts';
import { LoneSurrogateError, percentEncodeBoth } from './percent-encode.ts';
import type { SignRpcRequestInput } from './sign-rpc-request.ts';
import { formatTimestamp } from './timestamp.ts';

/** A request signed with signature 1.0, ready for the wire. */
export interface SignedRpcQuery {
  /** `name=value&…` percent-encoded, sorted by name, `Signature` last: a GET query or POST body. */
  query: string;
  signature: string;
}

/**
 * Per name, `[once + '=', twice + '%3D']`: a pure function of the name, and real requests reuse a
 * few dozen names. The cap keeps random names (a fuzzer) from growing it without bound.
 */
const NAME_CACHE = new Map<string, readonly [string, string]>();
const NAME_CACHE_MAX = 1024;

function encodedName(name: string): readonly [string, string] {
  let hit = NAME_CACHE.get(name);
  if (hit === undefined) {
    const [once, twice] = encodeBoth(name, name);
    hit = [once + '=', twice + '%3D'];
    if (NAME_CACHE.size >= NAME_CACHE_MAX) NAME_CACHE.clear();
    NAME_CACHE.set(name, hit);
  }
  return hit;
}

/** {@link percentEncodeBoth}, naming the parameter that cannot be encoded. */
function encodeBoth(name: string, text: string): readonly [string, string] {
  try {
    return percentEncodeBoth(text);
  } catch (error) {
    if (error instanceof LoneSurrogateError) {
      // JSON.stringify escapes lone surrogates, so the name can be shown safely.
      throw new URIError(`parameter ${JSON.stringify(name)}: ${error.message}`);
    }
    throw error;
  }
}

/**
 * Signs an RPC request with signature 1.0 straight to its wire form (what the client sends):
 * each pair is walked once for both the wire and the string-to-sign (REFERENCE §1.3), and no
 * merged parameter map is built. Same parameters, order and signature as pop-core's
 * `RPCClient.request`: action params win over common ones, `Signature` in params is dropped.
 */
export function signRpcQuery(input: SignRpcRequestInput): SignedRpcQuery {
  const { credentials, params } = input;
  const ts = input.timestamp ?? new Date();
  const common: [string, string][] = [
    ['Action', input.action],
    ['Version', input.version ?? '2016-04-28'],
    ['Format', input.format ?? 'XML'],
    ['AccessKeyId', credentials.accessKeyId],
    ['SignatureMethod', 'HMAC-SHA1'],
    ['SignatureVersion', '1.0'],
    ['SignatureNonce', input.nonce ?? randomUUID()],
    ['Timestamp', typeof ts === 'string' ? ts : formatTimestamp(ts)],
  ];
  // The STS token is a signed parameter like any other (REFERENCE §1.2).
  if (credentials.securityToken) common.push(['SecurityToken', credentials.securityToken]);
  const names = Object.keys(params);
  const values: string[] = [];
  for (let i = 0; i < names.length; i++) values.push(params[names[i] as string] ?? '');
  for (const [name, value] of common) {
    if (!Object.hasOwn(params, name)) {
      names.push(name);
      values.push(value);
    }
  }
  const order = sortedPositions(names);
  let wire = '';
  let sts = `${input.method}&%2F&`;
  let first = true;
  for (let k = 0; k < order.length; k++) {
    const at = order[k] as number;
    const name = names[at] as string;
    if (name === 'Signature') continue;
    const [nameOnce, nameTwice] = encodedName(name);
    const [once, twice] = encodeBoth(name, values[at] as string);
    wire += (first ? nameOnce : '&' + nameOnce) + once;
    sts += (first ? nameTwice : '%26' + nameTwice) + twice;
    first = false;
  }
  const signature = computeSignature(sts, credentials.accessKeySecret);
  return { query: `${wire}&Signature=${encodeParam('Signature', signature)}`, signature };
}

/**
 * Positions of `names` in signing order: JavaScript's default sort by UTF-16 code unit, as
 * `sortedNames` (canonical-query.ts) explains; insertion sort for the usual 8–30 names.
 */
function sortedPositions(names: readonly string[]): number[] {
  const order = names.map((_, i) => i);
  if (names.length > 64) return order.sort((a, b) => cmp(names[a] as string, names[b] as string));
  for (let i = 1; i < order.length; i++) {
    const at = order[i] as number;
    const name = names[at] as string;
    let j = i - 1;
    while (j >= 0 && (names[order[j] as number] as string) > name) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = at;
  }
  return order;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
