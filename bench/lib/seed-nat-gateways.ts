// Writes an emulator state file holding `count` extra NAT gateways in one region: the seed
// (read through GET /_emulator/state) plus clones of a seeded gateway with their own IDs, names
// and tables, far past the per-VPC quota that creating them through the API would hit. A state
// file, because 5,000 gateways are beyond the admin API's 1 MB body limit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@gc/emulator';
import { emulatorAdmin } from './bff-stack.ts';

interface State {
  regions: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
}

/** The words the clone names cycle through, so a one-letter filter matches a known share. */
export const SEED_WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'] as const;

/** A state file with `count` more gateways named `<word>-nat-<n>` in `regionId`. */
export async function seedNatGatewaysFile(
  regionId: string,
  count: number,
): Promise<{ stateFile: string; gateways: number }> {
  const seeded = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  const state = await emulatorAdmin<State>(seeded, 'GET', '/state').finally(() => seeded.close());
  const nats = state.regions[regionId]?.natGateways;
  const template = nats && Object.values(nats)[0];
  if (!nats || !template) throw new Error(`no NAT gateway to clone in ${regionId}`);
  const stem = String(template.id).slice(4, 7);
  for (let i = 0; i < count; i += 1) {
    const n = String(i).padStart(6, '0');
    const id = `ngw-${stem}bench${n}${'0'.repeat(7)}`;
    nats[id] = {
      ...template,
      id,
      Name: `${SEED_WORDS[i % SEED_WORDS.length]}-nat-${n}`,
      Description: `bench gateway ${n}`,
      SnatTableId: `stb-${stem}bench${n}0000000`,
      ForwardTableId: `ftb-${stem}bench${n}0000000`,
      FullNatTableId: `fulltb-${stem}bench${n}000000`,
      CreationTime: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().slice(0, 19) + 'Z',
      tags: [],
    };
  }
  const stateFile = join(mkdtempSync(join(tmpdir(), 'gc-bench-')), 'state.json');
  writeFileSync(stateFile, JSON.stringify(state));
  return { stateFile, gateways: Object.keys(nats).length };
}
