import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { handleAdmin } from '../src/admin.ts';
import type { AdminControl } from '../src/admin.ts';
import { startEmulator } from '../src/index.ts';
import { admin, ok } from './signed-call.ts';

const R = { RegionId: 'cn-hangzhou' };

describe('admin API', () => {
  it('snapshots, resets and restores the state', async () => {
    const emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
    try {
      expect(await admin(emu, 'GET', 'health')).toEqual({ ok: true });
      await ok(emu.url, 'AllocateEipAddress', { ...R, Name: 'snap-me' });
      const snap = await admin(emu, 'GET', 'state');
      await admin(emu, 'POST', 'reset');
      expect(
        (
          await ok<{ TotalCount: number }>(emu.url, 'DescribeEipAddresses', {
            ...R,
            EipName: 'snap-me',
          })
        ).TotalCount,
      ).toBe(0);
      await admin(emu, 'PUT', 'state', snap);
      expect(
        (
          await ok<{ TotalCount: number }>(emu.url, 'DescribeEipAddresses', {
            ...R,
            EipName: 'snap-me',
          })
        ).TotalCount,
      ).toBe(1);
      await expect(admin(emu, 'PUT', 'state', { version: 2 })).rejects.toThrow(/400/);
      await expect(admin(emu, 'PUT', 'timing', { mode: 'warp' })).rejects.toThrow(/mode/);
      await expect(admin(emu, 'GET', 'nothing')).rejects.toThrow(/404/);
    } finally {
      await emu.close();
    }
  });

  it('starts empty with seed: false and has deterministic seed ids', async () => {
    const empty = await startEmulator({ logger: false, seed: false });
    const a = await startEmulator({ logger: false });
    const b = await startEmulator({ logger: false });
    try {
      expect((await ok<{ TotalCount: number }>(empty.url, 'DescribeVpcs', R)).TotalCount).toBe(0);
      const ids = async (url: string) =>
        JSON.stringify(
          await ok(url, 'DescribeNatGateways', R).then(
            (x) => (x as { NatGateways: unknown }).NatGateways,
          ),
        );
      expect(await ids(a.url)).toBe(await ids(b.url));
    } finally {
      await Promise.all([empty.close(), a.close(), b.close()]);
    }
  });

  it('answers 403 to a non-loopback peer', () => {
    let status = 0;
    const req = {
      socket: { remoteAddress: '10.1.2.3' },
      url: '/_emulator/health',
      method: 'GET',
    } as unknown as IncomingMessage;
    const res = {
      writeHead: (s: number) => (status = s),
      end: () => undefined,
    } as unknown as ServerResponse;
    handleAdmin(req, res, '', {} as AdminControl, () => undefined, 'a-token-of-16-chars');
    expect(status).toBe(403);
  });
});

describe('persistence', () => {
  it('survives a restart through the state file (atomic write, flushed on close)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'state.json');
    const first = await startEmulator({
      logger: false,
      stateFile: file,
      timing: { mode: 'immediate' },
    });
    const { AllocationId } = await ok<{ AllocationId: string }>(first.url, 'AllocateEipAddress', {
      ...R,
      Name: 'persisted',
    });
    await first.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
    const second = await startEmulator({ logger: false, stateFile: file });
    try {
      const r = await ok<{ EipAddresses: { EipAddress: { AllocationId: string }[] } }>(
        second.url,
        'DescribeEipAddresses',
        { ...R, EipName: 'persisted' },
      );
      expect(r.EipAddresses.EipAddress.map((e) => e.AllocationId)).toEqual([AllocationId]);
    } finally {
      await second.close();
    }
  });

  it('refuses a corrupt state file with a clear error and leaves it untouched', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'broken.json');
    writeFileSync(file, '{"version":1, "regions": [oops');
    await expect(startEmulator({ logger: false, stateFile: file })).rejects.toThrow(
      new RegExp(`state file ${file} is corrupt`),
    );
    expect(readFileSync(file, 'utf8')).toBe('{"version":1, "regions": [oops');
  });
});
