import type { ResourceModule, SeedContext } from '../resource-module.ts';
import { seedIpv6Vpc } from './ipv6-gateway.seed.ts';
import type { NatSeed } from './nat.seed-data.ts';
import { seedNatGateway } from './nat.seed.ts';
import { SSL_VPN_SERVER_KIND, type SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import { VPN_GATEWAY_KIND, type VpnGatewayRecord } from './vpn-gateway.model.ts';

// Issue 19: records that trip the inventory checks the other seeds leave silent, so the demo
// shows every check. This module runs last: the IDs of every record seeded before stay the same.

const CHECK_NATS: NatSeed[] = [
  {
    // nat-snat-mixed-bandwidth (50 vs 100 Mbit/s in one SNAT entry) and nat-eip-unused.
    name: 'eu-batch-nat',
    description: 'EU batch jobs egress',
    vswitch: 'eu-app-b',
    tags: { env: 'prod', team: 'data' },
    eips: [
      { ip: '47.254.131.10', name: 'eu-batch-a', bandwidth: '50' },
      { ip: '47.254.131.11', name: 'eu-batch-b', bandwidth: '100' },
      { ip: '47.254.131.12', name: 'eu-batch-spare', bandwidth: '5' },
    ],
    snat: [{ vswitch: 'eu-app-b', name: 'eu-batch-out', ips: [0, 1] }],
    dnat: [],
  },
  {
    // nat-eips-no-rules and nat-no-snat: an EIP bound, nothing using it.
    name: 'eu-idle-nat',
    description: 'left over after a migration',
    vswitch: 'eu-app-a',
    tags: { env: 'staging' },
    eips: [{ ip: '47.254.131.20', name: 'eu-idle', bandwidth: '10' }],
    snat: [],
    dnat: [],
  },
];

function seedChecks(ctx: SeedContext): void {
  const eu = 'eu-central-1';
  if (ctx.regionIds.includes(eu)) {
    CHECK_NATS.forEach((seed, i) => seedNatGateway(ctx, eu, seed, i + 1));
  }
  const us = 'us-west-1';
  if (!ctx.regionIds.includes(us)) return;
  // ipv6-no-addresses: an IPv6 gateway in a VPC where no address uses it.
  seedIpv6Vpc(ctx, us, {
    vpc: 'us-dev-vpc',
    cidr: '2600:1f1c:2a0:6b00::/56',
    gateway: { name: 'us-dev-ipv6-gw', description: 'IPv6 trial, never used', tags: {} },
    vswitches: [],
    addresses: [],
  });
  // vpn-ssl-compression: an SSL server with compression on (SSL on, no server before).
  const gw = ctx.store
    .table<VpnGatewayRecord>(us, VPN_GATEWAY_KIND)
    .list()
    .find((g) => g.Name === 'sv-lab-vpn' && g.EnableSsl);
  if (!gw) return;
  const server: SslVpnServerRecord = {
    id: ctx.newId('vss', us),
    regionId: us,
    tags: [],
    Name: 'sv-lab-remote',
    VpnGatewayId: gw.id,
    ClientIpPool: '10.120.0.0/24',
    LocalSubnet: '10.70.0.0/16',
    Proto: 'UDP',
    Port: 1194,
    Cipher: 'AES-128-CBC',
    Compress: true,
    DnsServers: '',
    EnableMultiFactorAuth: false,
    IDaaSInstanceId: '',
    IDaaSRegionId: '',
    IDaaSApplicationId: '',
    CreateTime: ctx.now.getTime() - 30 * 86_400_000,
    ResourceGroupId: gw.ResourceGroupId,
    certCreations: 0,
  };
  ctx.store.table<SslVpnServerRecord>(us, SSL_VPN_SERVER_KIND).put(server);
}

/** Seed-only module: demo records that trip the inventory checks (issue 19). */
export const checksSeedResource: ResourceModule = {
  name: 'checks-seed',
  handlers: {},
  seed: seedChecks,
};
