import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { recordingFiles } from '../src/recordings.ts';
import { formatDifference } from '../src/compare.ts';
import type { Recording } from '../src/recording.ts';
import { EMULATOR_TIMING, check, freshEmulator, record } from '../src/run.ts';
import { tamperProxy } from './tamper-proxy.ts';

const timing = EMULATOR_TIMING;

async function recordOnFreshEmulator(): Promise<Recording> {
  const a = await freshEmulator();
  try {
    return await record(a.target, { regionId: 'cn-hangzhou', timing });
  } finally {
    await a.emulator.close();
  }
}

describe('parity recording against the emulator (proves the tool, issue 20)', () => {
  it('records on one emulator and checks against a second with 0 differences', async () => {
    const recording = await recordOnFreshEmulator();
    expect(recording.source).toBe('emulator');
    // Every resource type went through create → wait → modify → delete, with its transitions.
    const sequences = Object.fromEntries(
      recording.steps
        .filter((s) => s.statusSequence)
        .map((s) => [s.name, s.statusSequence?.join('>')]),
    );
    expect(sequences).toMatchObject({
      'nat.wait': 'Creating>Available',
      'nat.wait-deleted': 'Deleting><gone>',
      'vpn.wait': 'provisioning>active',
      'ipv6.wait': 'Pending>Available',
      'snat.wait-modified': 'Pending>Available',
    });
    const text = JSON.stringify(recording);
    for (const secret of [
      DEMO_ACCESS_KEY.accessKeyId,
      DEMO_ACCESS_KEY.accessKeySecret,
      'Signature"',
    ])
      expect(text).not.toContain(secret);
    const b = await freshEmulator();
    try {
      expect((await check(recording, b.target, { timing })).map(formatDifference)).toEqual([]);
    } finally {
      await b.emulator.close();
    }
  });

  it('reports a deliberately changed answer with its field and both values', async () => {
    const recording = await recordOnFreshEmulator();
    const b = await freshEmulator();
    const proxy = await tamperProxy(b.target.endpoint, 'DescribeNatGateways', (body) =>
      body
        .replace('"BusinessStatus":"Normal"', '"BusinessStatus":"FinancialLocked"')
        .replace(/"Spec":"[^"]*",/, ''),
    );
    try {
      const lines = (await check(recording, { ...b.target, endpoint: proxy.url }, { timing })).map(
        formatDifference,
      );
      expect(lines).toContain(
        'nat.wait  NatGateways.NatGateway[0].BusinessStatus: recorded "Normal", replayed "FinancialLocked"',
      );
      expect(lines).toContain(
        'nat.wait  NatGateways.NatGateway[0].Spec: recorded "", replayed absent',
      );
    } finally {
      await proxy.close();
      await b.emulator.close();
    }
  });

  it('checks every recording committed under parity/recordings/ with 0 differences', async () => {
    const files = recordingFiles([], join(import.meta.dirname, '../recordings'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const recording = JSON.parse(readFileSync(file, 'utf8')) as Recording;
      const b = await freshEmulator();
      try {
        const differences = (await check(recording, b.target, { timing })).map(formatDifference);
        expect({ file, differences }).toEqual({ file, differences: [] });
      } finally {
        await b.emulator.close();
      }
    }
  });
});
