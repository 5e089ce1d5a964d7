// Signature 1.0 throughput: @gc/signer against the official @alicloud/pop-core, same inputs,
// one process, interleaved rounds (so CPU frequency and GC drift hit both sides alike).
//   pnpm exec tsx bench/signer-throughput.ts [durationMs]
//
// bench/ is not a workspace package (no package.json), so it cannot name pop-core directly:
// pop-core is a devDependency of packages/signer and is resolved through that package's
// package.json with createRequire. pop-core exports only its HTTP client, so its signing
// functions (encode, normalize, canonicalize in lib/rpc.js) are reached by evaluating that file
// unmodified in a CommonJS wrapper that also returns them; the three lines of glue below that
// chain them are pop-core's own RPCClient.request() steps 1-2.1/2.2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { computeSignature, stringToSign } from '../packages/signer/src/index.ts';

type Params = Record<string, string>;
type Method = 'GET' | 'POST';
interface PopCoreInternals {
  encode(text: string): string;
  normalize(params: Params): [string, string][];
  canonicalize(normalized: [string, string][]): string;
}

function loadPopCore(): { sign(method: Method, params: Params, secret: string): string } {
  const fromSigner = createRequire(new URL('../packages/signer/package.json', import.meta.url));
  const file = fromSigner.resolve('@alicloud/pop-core/lib/rpc.js');
  const requireFromPopCore = createRequire(file);
  const wrapped = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n` +
      'return { encode, normalize, canonicalize };\n})',
    { filename: file },
  ) as (...args: unknown[]) => PopCoreInternals;
  const pop = wrapped({}, requireFromPopCore, { exports: {} }, file, dirname(file));
  const kitx = requireFromPopCore('kitx') as {
    sha1(text: string, key: string, enc: string): string;
  };
  return {
    sign(method, params, secret) {
      const canonicalized = pop.canonicalize(pop.normalize(params));
      const sts = `${method}&${pop.encode('/')}&${pop.encode(canonicalized)}`;
      return kitx.sha1(sts, secret + '&', 'base64');
    },
  };
}

/** A realistic mix: common params plus 2–12 action params, a few with Chinese text and tags. */
function inputs(): { method: Method; params: Params }[] {
  const out: { method: Method; params: Params }[] = [];
  for (let i = 0; i < 32; i++) {
    const params: Params = {
      Action: i % 2 ? 'DescribeNatGateways' : 'CreateSnatEntry',
      Version: '2016-04-28',
      Format: 'XML',
      AccessKeyId: 'LTAI5tBenchKeyId0001',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: `6a1f0d3e-5b7c-4e2a-9f10-${String(i).padStart(12, '0')}`,
      Timestamp: `2026-11-22T08:${String(i).padStart(2, '0')}:00Z`,
      RegionId: 'cn-hangzhou',
      NatGatewayId: `ngw-bp1uewa15k4iy5770${i}`,
    };
    for (let k = 0; k < i % 11; k++) params[`Tag.${k + 1}.Key`] = `team-${k}`;
    if (i % 4 === 0) params.Description = `杭州 NAT 网关 #${i} (prod) *`;
    if (i % 3 === 0) params.SourceCIDR = '192.168.0.0/24';
    out.push({ method: i % 5 === 0 ? 'POST' : 'GET', params });
  }
  return out;
}

/** Signs every input repeatedly for about `ms` milliseconds; returns [signatures, elapsed ms]. */
function spin(
  sign: (method: Method, params: Params) => string,
  set: ReturnType<typeof inputs>,
  ms: number,
): [number, number] {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const { method, params } of set) sign(method, params);
    count += set.length;
    now = performance.now();
  }
  return [count, now - start];
}

/** Measures signatures per second, ours and pop-core's, interleaved; ratio = ours / popCore. */
export async function runSignerBench(
  opts: { durationMs?: number } = {},
): Promise<{ ours: number; popCore: number; ratio: number }> {
  const secret = 'BenchSecret2026';
  const pop = loadPopCore();
  const set = inputs();
  const ours = (method: Method, params: Params) =>
    computeSignature(stringToSign(method, params), secret);
  const theirs = (method: Method, params: Params) => pop.sign(method, params, secret);
  for (const { method, params } of set) {
    if (ours(method, params) !== theirs(method, params)) throw new Error('signers disagree');
  }
  const total = opts.durationMs ?? 6000;
  const rounds = 10;
  const slice = total / (2 * rounds);
  spin(ours, set, Math.min(200, slice));
  spin(theirs, set, Math.min(200, slice));
  const acc = { ours: { count: 0, ms: 0 }, popCore: { count: 0, ms: 0 } };
  for (let r = 0; r < rounds; r++) {
    // Alternate who goes first so neither always runs on a warmer or cooler CPU.
    const order = r % 2 === 0 ? (['ours', 'popCore'] as const) : (['popCore', 'ours'] as const);
    for (const who of order) {
      const [n, t] = spin(who === 'ours' ? ours : theirs, set, slice);
      acc[who].count += n;
      acc[who].ms += t;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const rate = (a: { count: number; ms: number }) => Math.round((a.count / a.ms) * 1000);
  const result = { ours: rate(acc.ours), popCore: rate(acc.popCore), ratio: 0 };
  result.ratio = Math.round((result.ours / result.popCore) * 100) / 100;
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const durationMs = Number(process.argv[2] ?? 6000);
  const r = await runSignerBench({ durationMs });
  const fmt = (n: number) => n.toLocaleString('en-US').padStart(12);
  console.log(`signature 1.0, ${durationMs} ms, Node ${process.version}`);
  console.log('| signer             | signatures/s |');
  console.log('|--------------------|-------------:|');
  console.log(`| @gc/signer         | ${fmt(r.ours)} |`);
  console.log(`| @alicloud/pop-core | ${fmt(r.popCore)} |`);
  console.log(`ratio ours / pop-core: ${r.ratio.toFixed(2)}x`);
}
