import { pickNetwork } from './pick-network.ts';
import type { Network } from './pick-network.ts';
import { badRequests } from './scenario-bad-requests.ts';
import { vpnGateway } from './scenario-vpn.ts';
import { GONE } from './session.ts';
import type { ScenarioSession, StatusOf } from './session.ts';

/** Name of the scripted scenario below; a recording names the one it ran. */
export const SCENARIO = 'gateways-v1';

/** What the user may pin (`--vpc`, `--vswitch`); otherwise the scenario picks. */
export interface ScenarioOptions {
  vpcId?: string;
  vswitchIds?: string[];
}

type Body = Record<string, unknown>;

/** First item of `body[outer][inner]`, the shape of every Describe list of this API. */
function first(body: Body, outer: string, inner: string): Body | undefined {
  const list = (body[outer] as Record<string, unknown> | undefined)?.[inner];
  return Array.isArray(list) ? (list[0] as Body | undefined) : undefined;
}

const statusIn =
  (outer: string, inner: string, field = 'Status'): StatusOf =>
  (body) => {
    const item = first(body, outer, inner);
    return item === undefined ? undefined : String(item[field]);
  };

/**
 * create → wait → describe → modify → delete for each gateway type and what hangs off it, then
 * the bad requests (issue 20). It runs the same against the real cloud and the emulator; what
 * it creates costs little and is deleted at the end (parity/README.md says what it creates).
 */
export async function runScenario(run: ScenarioSession, options: ScenarioOptions): Promise<void> {
  const net = await pickNetwork(run, options);
  await customerGateway(run);
  await natWithEip(run, net);
  await vpnGateway(run, net);
  if (net.ipv6VpcId) await ipv6Gateway(run, net.ipv6VpcId);
  await badRequests(run, net);
}

async function customerGateway(run: ScenarioSession): Promise<void> {
  const R = { RegionId: run.regionId };
  const created = await run.call('cgw.create', 'CreateCustomerGateway', {
    ...R,
    IpAddress: '198.51.100.77',
    Name: 'parity-cgw',
  });
  const id = String(created.body.CustomerGatewayId ?? '');
  if (!id) return;
  await run.call('cgw.describe', 'DescribeCustomerGateway', { ...R, CustomerGatewayId: id });
  await run.call('cgw.modify', 'ModifyCustomerGatewayAttribute', {
    ...R,
    CustomerGatewayId: id,
    Name: 'parity-cgw-renamed',
  });
  await run.call('cgw.delete', 'DeleteCustomerGateway', { ...R, CustomerGatewayId: id });
  await run.call('cgw.describe-deleted', 'DescribeCustomerGateway', {
    ...R,
    CustomerGatewayId: id,
  });
}

async function natWithEip(run: ScenarioSession, net: Network): Promise<void> {
  const R = { RegionId: run.regionId };
  const eip = await run.call('eip.allocate', 'AllocateEipAddress', {
    ...R,
    Bandwidth: '1',
    InternetChargeType: 'PayByTraffic',
    Name: 'parity-eip',
  });
  const allocationId = String(eip.body.AllocationId ?? '');
  const eipStatus = statusIn('EipAddresses', 'EipAddress');
  const describeEip = { ...R, AllocationId: allocationId };
  await run.waitFor('eip.wait', 'DescribeEipAddresses', describeEip, eipStatus, ['Available']);
  await run.call('eip.modify', 'ModifyEipAddressAttribute', {
    ...describeEip,
    Name: 'parity-eip-renamed',
    Bandwidth: '2',
  });
  const nat = await run.call('nat.create', 'CreateNatGateway', {
    ...R,
    VpcId: net.vpcId,
    VSwitchId: net.vswitchIds[0],
    NatType: 'Enhanced',
    NetworkType: 'internet',
    InternetChargeType: 'PayByLcu',
    Name: 'parity-nat',
  });
  const natId = String(nat.body.NatGatewayId ?? '');
  const describeNat = { ...R, NatGatewayId: natId };
  const natStatus = statusIn('NatGateways', 'NatGateway');
  if (natId) {
    const ready = await run.waitFor('nat.wait', 'DescribeNatGateways', describeNat, natStatus, [
      'Available',
    ]);
    await run.call('nat.attribute', 'GetNatGatewayAttribute', describeNat);
    await natEntries(run, natId, allocationId, net, first(ready.body, 'NatGateways', 'NatGateway'));
    await run.call('nat.modify', 'ModifyNatGatewayAttribute', {
      ...describeNat,
      Name: 'parity-nat-2',
    });
    await run.call('nat.delete', 'DeleteNatGateway', describeNat);
    await run.waitFor('nat.wait-deleted', 'DescribeNatGateways', describeNat, natStatus, [GONE]);
  }
  await run.call('eip.release', 'ReleaseEipAddress', describeEip);
  await run.waitFor('eip.wait-released', 'DescribeEipAddresses', describeEip, eipStatus, [GONE]);
}

async function natEntries(
  run: ScenarioSession,
  natId: string,
  allocationId: string,
  net: Network,
  gateway: Body | undefined,
): Promise<void> {
  const R = { RegionId: run.regionId };
  const eipStatus = statusIn('EipAddresses', 'EipAddress');
  const describeEip = { ...R, AllocationId: allocationId };
  await run.call('eip.associate', 'AssociateEipAddress', {
    ...describeEip,
    InstanceId: natId,
    InstanceType: 'Nat',
  });
  const bound = await run.waitFor(
    'eip.wait-bound',
    'DescribeEipAddresses',
    describeEip,
    eipStatus,
    ['InUse'],
  );
  const ip = String(first(bound.body, 'EipAddresses', 'EipAddress')?.IpAddress ?? '');
  const tables = (gateway?.SnatTableIds as { SnatTableId?: string[] } | undefined)?.SnatTableId;
  const snatTableId = tables?.[0] ?? '';
  const snat = await run.call('snat.create', 'CreateSnatEntry', {
    ...R,
    SnatTableId: snatTableId,
    SourceVSwitchId: net.vswitchIds[0],
    SnatIp: ip,
    SnatEntryName: 'parity-snat',
  });
  const snatId = String(snat.body.SnatEntryId ?? '');
  if (snatId) {
    const describe = { ...R, SnatTableId: snatTableId, SnatEntryId: snatId };
    const status = statusIn('SnatTableEntries', 'SnatTableEntry');
    await run.waitFor('snat.wait', 'DescribeSnatTableEntries', describe, status, ['Available']);
    await run.call('snat.modify', 'ModifySnatEntry', {
      ...describe,
      SnatEntryName: 'parity-snat-2',
    });
    await run.waitFor('snat.wait-modified', 'DescribeSnatTableEntries', describe, status, [
      'Available',
    ]);
    await run.call('snat.delete', 'DeleteSnatEntry', describe);
    await run.waitFor('snat.wait-deleted', 'DescribeSnatTableEntries', describe, status, [GONE]);
  }
  const forwardTableId = (gateway?.ForwardTableIds as { ForwardTableId?: string[] } | undefined)
    ?.ForwardTableId?.[0];
  await dnatEntry(run, forwardTableId ?? '', ip, net.internalIp);
  await run.call('eip.unassociate', 'UnassociateEipAddress', {
    ...describeEip,
    InstanceId: natId,
    InstanceType: 'Nat',
  });
  await run.waitFor('eip.wait-unbound', 'DescribeEipAddresses', describeEip, eipStatus, [
    'Available',
  ]);
}

async function dnatEntry(
  run: ScenarioSession,
  forwardTableId: string,
  ip: string,
  internalIp: string,
): Promise<void> {
  const R = { RegionId: run.regionId };
  const created = await run.call('dnat.create', 'CreateForwardEntry', {
    ...R,
    ForwardTableId: forwardTableId,
    ExternalIp: ip,
    ExternalPort: '8022',
    InternalIp: internalIp,
    InternalPort: '22',
    IpProtocol: 'TCP',
    ForwardEntryName: 'parity-dnat',
  });
  const id = String(created.body.ForwardEntryId ?? '');
  if (!id) return;
  const describe = { ...R, ForwardTableId: forwardTableId, ForwardEntryId: id };
  const status = statusIn('ForwardTableEntries', 'ForwardTableEntry');
  await run.waitFor('dnat.wait', 'DescribeForwardTableEntries', describe, status, ['Available']);
  await run.call('dnat.modify', 'ModifyForwardEntry', { ...describe, ExternalPort: '8023' });
  await run.waitFor('dnat.wait-modified', 'DescribeForwardTableEntries', describe, status, [
    'Available',
  ]);
  await run.call('dnat.delete', 'DeleteForwardEntry', describe);
  await run.waitFor('dnat.wait-deleted', 'DescribeForwardTableEntries', describe, status, [GONE]);
}

async function ipv6Gateway(run: ScenarioSession, vpcId: string): Promise<void> {
  const R = { RegionId: run.regionId };
  const created = await run.call('ipv6.create', 'CreateIpv6Gateway', {
    ...R,
    VpcId: vpcId,
    Name: 'parity-ipv6',
  });
  const id = String(created.body.Ipv6GatewayId ?? '');
  if (!id) return;
  const describe = { ...R, Ipv6GatewayId: id };
  const status: StatusOf = (body) =>
    body.Ipv6GatewayId === undefined ? undefined : String(body.Status);
  await run.waitFor('ipv6.wait', 'DescribeIpv6GatewayAttribute', describe, status, ['Available']);
  await run.call('ipv6.modify', 'ModifyIpv6GatewayAttribute', {
    ...describe,
    Name: 'parity-ipv6-2',
  });
  await run.call('ipv6.delete', 'DeleteIpv6Gateway', describe);
  const listed = statusIn('Ipv6Gateways', 'Ipv6Gateway');
  await run.waitFor('ipv6.wait-deleted', 'DescribeIpv6Gateways', describe, listed, [GONE]);
}
