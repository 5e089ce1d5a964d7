// Writes an emulator state file with `count` extra gateways of one kind (NAT, VPN or IPv6) in one
// region: the seed plus clones of a seeded gateway with their own IDs and names. A state file,
// because thousands of gateways are past the per-VPC quotas and the admin API's 1 MB body limit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@gc/emulator';
import { emulatorAdmin } from './bff-stack.ts';

type Row = Record<string, unknown>;
interface State {
  regions: Record<string, Record<string, Record<string, Row>>>;
}

/** The gateway kinds with a list page, and their path under `/regions/:regionId/`. */
export const GATEWAY_KINDS = {
  nat: { table: 'natGateways', prefix: 'ngw', path: 'nat-gateways' },
  vpn: { table: 'vpnGateways', prefix: 'vpn', path: 'vpn-gateways' },
  ipv6: { table: 'ipv6Gateways', prefix: 'ipv6gw', path: 'ipv6-gateways' },
} as const;

/** A gateway kind of {@link GATEWAY_KINDS}. */
export type GatewayKind = keyof typeof GATEWAY_KINDS;

// A fifth of the names hold an `x`, and no ID, prefix or other name does: typing `x` keeps a
// known share of every kind's list.
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'xray'] as const;

/** The letter that matches a fifth of the clones (and nothing else) in a `q` search. */
export const FILTER_LETTER = 'x';

// Each kind's own fields for a clone: table IDs (NAT), creation time in its upstream shape.
function cloneFields(kind: GatewayKind, n: string, i: number): Row {
  const created = Date.UTC(2025, 0, 1) + i * 60_000;
  const iso = new Date(created).toISOString().slice(0, 19) + 'Z';
  if (kind === 'nat')
    return {
      SnatTableId: `stb-bp1bench${n}0000000`,
      ForwardTableId: `ftb-bp1bench${n}0000000`,
      FullNatTableId: `fulltb-bp1bench${n}000000`,
      CreationTime: iso,
    };
  if (kind === 'vpn') return { CreateTime: created };
  return { CreationTime: iso };
}

/** A state file with `count` more gateways of `kind`, named `<word>-gw-<n>`, in `regionId`. */
export async function seedGatewaysFile(
  kind: GatewayKind,
  regionId: string,
  count: number,
): Promise<{ stateFile: string; gateways: number }> {
  const seeded = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  const state = await emulatorAdmin<State>(seeded, 'GET', '/state').finally(() => seeded.close());
  const rows = state.regions[regionId]?.[GATEWAY_KINDS[kind].table];
  const template = rows && Object.values(rows)[0];
  if (!rows || !template) throw new Error(`no ${kind} gateway to clone in ${regionId}`);
  for (let i = 0; i < count; i += 1) {
    const n = String(i).padStart(6, '0');
    const id = `${GATEWAY_KINDS[kind].prefix}-bp1bench${n}${'0'.repeat(7)}`;
    rows[id] = {
      ...template,
      id,
      Name: `${WORDS[i % WORDS.length]}-gw-${n}`,
      Description: `bench gateway ${n}`,
      ...cloneFields(kind, n, i),
      tags: [],
    };
  }
  const stateFile = join(mkdtempSync(join(tmpdir(), 'gc-bench-')), 'state.json');
  writeFileSync(stateFile, JSON.stringify(state));
  return { stateFile, gateways: Object.keys(rows).length };
}
