import type { GatewayCheck } from './gateway-check.ts';

/** A VPN gateway with IPsec on and no connection is billed for a tunnel nobody uses. */
export const vpnIpsecNoConnectionCheck: GatewayCheck = {
  id: 'vpn-ipsec-no-connection',
  severity: 'medium',
  explanation: 'IPsec-VPN is enabled on the gateway but it has no IPsec connection.',
  fix: 'Create the IPsec connection to the customer gateway, or delete the VPN gateway if it is not needed.',
  run(item) {
    const d = item.details;
    if (item.type !== 'vpn' || d.ipsecEnabled !== true) return undefined;
    if (!d.connectionIds || d.connectionIds.length > 0) return undefined;
    return {};
  },
};

/** A connection whose IPsec SA is not established carries no traffic. */
export const ipsecNotEstablishedCheck: GatewayCheck = {
  id: 'ipsec-not-established',
  severity: 'high',
  explanation:
    'One or more IPsec connections of the gateway are not established: the tunnel carries no traffic.',
  fix: 'Check the peer: its public IP, pre-shared key, IKE/IPsec settings and subnets must match; with EffectImmediately off the tunnel waits for traffic.',
  run(item) {
    const down = item.details.connectionsNotEstablished;
    if (item.type !== 'vpn' || !down || down.length === 0) return undefined;
    return { count: down.length, connections: down.join(' ') };
  },
};
