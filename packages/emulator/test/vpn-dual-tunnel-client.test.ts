import { VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { newCgw, R, seededGateways, settle } from './vpn-dual-tunnel.ts';

// Our client sends TunnelOptionsSpecification in the form body under V3 signing (Create/Modify)
// and un-indexed for ModifyTunnelAttribute (REFERENCE-2 §0.1); the emulator reads both.
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

describe.each([
  ['V3, JSON', { signatureVersion: 'v3' as const, format: 'JSON' as const }],
  ['signature 1.0 POST, XML', { method: 'POST' as const, format: 'XML' as const }],
])('@gc/vpc-client (%s)', (_label, o) => {
  it('creates a dual-tunnel connection, edits it and one tunnel, and a customer gateway', async () => {
    const client = new VpcClient({ endpoint: emu.url, credentials: { ...DEMO_ACCESS_KEY }, ...o });
    try {
      const { dual } = await seededGateways(emu);
      const a = await newCgw(emu, '203.0.113.101', 65101);
      const { VpnConnectionId: id } = await client.createVpnConnection({
        ...R,
        VpnGatewayId: dual.VpnGatewayId,
        LocalSubnet: '10.20.0.0/16',
        RemoteSubnet: '192.168.60.0/24',
        EffectImmediately: true,
        TunnelOptionsSpecification: [
          { Role: 'master', CustomerGatewayId: a, TunnelIkeConfig: { Psk: 'client-psk' } },
          { Role: 'slave', CustomerGatewayId: a },
        ],
      });
      await settle(emu);
      const c = await client.describeVpnConnection({ ...R, VpnConnectionId: id });
      const [t1, t2] = c.TunnelOptionsSpecification.TunnelOptions;
      expect([t1?.Role, t1?.TunnelIkeConfig?.Psk, t1?.Status, t1?.EnableDpd]).toEqual([
        'master',
        'client-psk',
        'ipsec_sa_established',
        'true',
      ]);
      const m = await client.modifyVpnConnectionAttribute({
        ...R,
        VpnConnectionId: id,
        RemoteSubnet: '192.168.60.0/24,192.168.61.0/24',
        TunnelOptionsSpecification: [{ TunnelId: t2?.TunnelId ?? '', EnableNatTraversal: false }],
      });
      expect(m.TunnelOptionsSpecification.TunnelOptions[1]?.EnableNatTraversal).toBe(false);
      await settle(emu);
      const t = await client.modifyTunnelAttribute({
        ...R,
        VpnConnectionId: id,
        TunnelId: t1?.TunnelId ?? '',
        TunnelOptionsSpecification: { TunnelIkeConfig: { IkePfs: 'group14' } },
      });
      expect([t.State, t.TunnelIkeConfig?.IkePfs, t.TunnelIkeConfig?.IkeLifetime]).toEqual([
        'updating',
        'group14',
        86400,
      ]);
      await settle(emu);
      const g = await client.modifyCustomerGatewayAttribute({
        ...R,
        CustomerGatewayId: a,
        Name: 'peer-a',
      });
      expect(g.Name).toBe('peer-a');
    } finally {
      await client.close();
    }
  });
});
