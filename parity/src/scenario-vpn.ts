import { GONE } from './session.ts';
import type { ScenarioSession, StatusOf } from './session.ts';
import type { Network } from './pick-network.ts';

type Body = Record<string, unknown>;

const gatewayStatus: StatusOf = (body) =>
  body.VpnGatewayId === undefined ? undefined : String(body.Status);

/**
 * A dual-tunnel VPN gateway and a dual-tunnel connection on it (two customer gateways, one per
 * tunnel): the shape Alibaba creates almost everywhere today (REFERENCE-2 §1).
 */
export async function vpnGateway(run: ScenarioSession, net: Network): Promise<void> {
  const R = { RegionId: run.regionId };
  const created = await run.call('vpn.create', 'CreateVpnGateway', {
    ...R,
    VpcId: net.vpcId,
    VSwitchId: net.vswitchIds[0],
    DisasterRecoveryVSwitchId: net.vswitchIds[1],
    Bandwidth: '10',
    InstanceChargeType: 'POSTPAY',
    EnableIpsec: 'true',
    EnableSsl: 'false',
    Name: 'parity-vpn',
  });
  const id = String(created.body.VpnGatewayId ?? '');
  if (!id) return;
  const describe = { ...R, VpnGatewayId: id };
  await run.waitFor('vpn.wait', 'DescribeVpnGateway', describe, gatewayStatus, ['active']);
  await run.call('vpn.list', 'DescribeVpnGateways', describe);
  await run.call('vpn.modify', 'ModifyVpnGatewayAttribute', { ...describe, Name: 'parity-vpn-2' });
  await run.waitFor('vpn.wait-modified', 'DescribeVpnGateway', describe, gatewayStatus, ['active']);
  await dualConnection(run, id);
  await run.call('vpn.delete', 'DeleteVpnGateway', describe);
  const listed: StatusOf = (body) => {
    const list = (body.VpnGateways as { VpnGateway?: Body[] } | undefined)?.VpnGateway ?? [];
    return list[0] === undefined ? undefined : String(list[0].Status);
  };
  await run.waitFor('vpn.wait-deleted', 'DescribeVpnGateways', describe, listed, [GONE]);
}

async function customerGateway(run: ScenarioSession, name: string, ip: string): Promise<string> {
  const r = await run.call(`vpn-conn.${name}`, 'CreateCustomerGateway', {
    RegionId: run.regionId,
    IpAddress: ip,
    Name: `parity-${name}`,
  });
  return String(r.body.CustomerGatewayId ?? '');
}

async function dualConnection(run: ScenarioSession, gatewayId: string): Promise<void> {
  const R = { RegionId: run.regionId };
  const gateway = { ...R, VpnGatewayId: gatewayId };
  const a = await customerGateway(run, 'cgw-a', '198.51.100.78');
  const b = await customerGateway(run, 'cgw-b', '198.51.100.79');
  const created = await run.call('vpn-conn.create', 'CreateVpnConnection', {
    ...gateway,
    Name: 'parity-connection',
    LocalSubnet: '10.0.0.0/8',
    RemoteSubnet: '192.168.77.0/24',
    'TunnelOptionsSpecification.1.Role': 'master',
    'TunnelOptionsSpecification.1.CustomerGatewayId': a,
    'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'parity-psk-master-1',
    'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeVersion': 'ikev2',
    'TunnelOptionsSpecification.2.Role': 'slave',
    'TunnelOptionsSpecification.2.CustomerGatewayId': b,
    'TunnelOptionsSpecification.2.TunnelIkeConfig.Psk': 'parity-psk-slave-2',
    'TunnelOptionsSpecification.2.TunnelIkeConfig.IkeVersion': 'ikev2',
  });
  const id = String(created.body.VpnConnectionId ?? '');
  if (id) {
    const connection = { ...R, VpnConnectionId: id };
    await run.waitFor('vpn-conn.wait-gateway', 'DescribeVpnGateway', gateway, gatewayStatus, [
      'active',
    ]);
    await run.call('vpn-conn.describe', 'DescribeVpnConnection', connection);
    await run.call('vpn-conn.modify', 'ModifyVpnConnectionAttribute', {
      ...connection,
      RemoteSubnet: '192.168.77.0/24,192.168.78.0/24',
    });
    await run.waitFor('vpn-conn.wait-modified', 'DescribeVpnGateway', gateway, gatewayStatus, [
      'active',
    ]);
    await run.call('vpn-conn.describe-modified', 'DescribeVpnConnection', connection);
    await run.call('vpn-conn.delete', 'DeleteVpnConnection', connection);
    await run.waitFor('vpn-conn.wait-deleted', 'DescribeVpnGateway', gateway, gatewayStatus, [
      'active',
    ]);
    await run.call('vpn-conn.describe-deleted', 'DescribeVpnConnection', connection);
  }
  for (const [name, cgw] of [
    ['cgw-a-delete', a],
    ['cgw-b-delete', b],
  ] as const)
    if (cgw)
      await run.call(`vpn-conn.${name}`, 'DeleteCustomerGateway', { ...R, CustomerGatewayId: cgw });
}
