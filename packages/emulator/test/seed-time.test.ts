import { afterEach, describe, expect, it } from 'vitest';
import { SEED_TIME, startEmulator, type RunningEmulator } from '../src/index.ts';
import { parseCliOptions } from '../src/cli-options.ts';
import { ok } from './signed-call.ts';

const DAY = 86_400_000;
let emu: RunningEmulator | undefined;
afterEach(() => emu?.close());

interface Gateway {
  Name: string;
  CreateTime: number;
  EndTime: number;
  ChargeType: string;
}
async function shanghaiVpn(url: string): Promise<Gateway> {
  const body = await ok<{ VpnGateways: { VpnGateway: Gateway[] } }>(url, 'DescribeVpnGateways', {
    RegionId: 'cn-shanghai',
  });
  const gw = body.VpnGateways.VpnGateway.find((g) => g.Name === 'sh-branch-vpn');
  if (!gw) throw new Error('sh-branch-vpn is not seeded');
  return gw;
}

describe('seed time', () => {
  it('dates the demo from the start time, so it never ages', async () => {
    const before = Date.now();
    emu = await startEmulator({ logger: false });
    const gw = await shanghaiVpn(emu.url);
    // Created 120 days before the start (to the minute), ending 10 days after it.
    expect(Math.abs(gw.CreateTime - (before - 120 * DAY))).toBeLessThan(2 * 60_000);
    expect(Math.abs(gw.EndTime - (before + 10 * DAY))).toBeLessThan(2 * 60_000);
    expect(gw.ChargeType).toBe('Prepay');
  });

  it('pins the dates when told a seed time', async () => {
    emu = await startEmulator({ logger: false, seedTime: SEED_TIME });
    const gw = await shanghaiVpn(emu.url);
    expect(gw.CreateTime).toBe(SEED_TIME.getTime() - 120 * DAY);
    expect(gw.EndTime).toBe(SEED_TIME.getTime() + 10 * DAY);
  });

  it('reads the pin from VPC_EMULATOR_SEED_TIME and refuses a bad one', () => {
    const env = { VPC_EMULATOR_SEED_TIME: '2026-03-02T09:30:00Z' };
    expect(parseCliOptions([], env).seedTime).toEqual(SEED_TIME);
    expect(() => parseCliOptions([], { VPC_EMULATOR_SEED_TIME: 'soon' })).toThrow(
      /VPC_EMULATOR_SEED_TIME/,
    );
  });
});
