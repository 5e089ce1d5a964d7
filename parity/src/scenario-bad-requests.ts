import type { Network } from './pick-network.ts';
import type { ScenarioSession } from './session.ts';

/**
 * Requests the API must refuse, each a different class of mistake: a missing parameter, a
 * value out of range, an unknown ID, an unknown action, a broken signature, a stale timestamp.
 */
export async function badRequests(run: ScenarioSession, net: Network): Promise<void> {
  const R = { RegionId: run.regionId };
  await run.call('bad.missing-vswitch', 'CreateNatGateway', { ...R, VpcId: net.vpcId });
  await run.call('bad.bandwidth', 'AllocateEipAddress', { ...R, Bandwidth: '0' });
  await run.call('bad.unknown-nat', 'DeleteNatGateway', {
    ...R,
    NatGatewayId: 'ngw-parity0000000000000',
  });
  await run.call('bad.unknown-vpn', 'DescribeVpnGateway', {
    ...R,
    VpnGatewayId: 'vpn-parity0000000000000',
  });
  await run.call('bad.cgw-address', 'CreateCustomerGateway', { ...R, IpAddress: 'not-an-address' });
  await run.call('bad.unknown-action', 'DescribeParityNothing', R);
  await run.call('bad.signature', 'DescribeNatGateways', R, {
    tamper: (signed) => {
      signed.Signature = 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    },
  });
  await run.call('bad.timestamp', 'DescribeNatGateways', R, { timestamp: '2020-01-01T00:00:00Z' });
}
