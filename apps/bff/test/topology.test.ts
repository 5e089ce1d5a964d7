import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, topologySchema, vpcListSchema, type Topology } from '@gc/contracts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
let h: Harness;
let auditor: Agent;
let topology: Topology;

beforeAll(async () => {
  h = await startHarness();
  auditor = await h.auditor();
  const vpcs = vpcListSchema.parse((await auditor.get(`${R}/vpcs`)).body).items;
  const prod = vpcs.find((v) => v.name === 'prod-core-vpc');
  if (!prod) throw new Error('seed VPC prod-core-vpc missing');
  const res = await auditor.get(`${R}/vpcs/${prod.id}/topology`);
  expect(res.status, res.text).toBe(200);
  topology = topologySchema.parse(res.body);
});
afterAll(() => h.close());

const kinds = (t: Topology) => new Set(t.nodes.map((n) => n.kind));
const targetsOf = (t: Topology, id: string) =>
  t.edges.filter((e) => e.source === id).map((e) => t.nodes.find((n) => n.id === e.target));

describe('GET /api/regions/:regionId/vpcs/:vpcId/topology', () => {
  it('links the VPC to its vSwitches, gateways and what hangs off them', () => {
    for (const kind of ['vpc', 'vswitch', 'nat', 'eip', 'snat'] as const) {
      expect(kinds(topology).has(kind), kind).toBe(true);
    }
    const vpc = topology.nodes.find((n) => n.kind === 'vpc');
    expect(vpc?.id).toBe(topology.vpcId);
    expect(targetsOf(topology, topology.vpcId).some((n) => n?.kind === 'vswitch')).toBe(true);
    const nat = topology.nodes.find((n) => n.kind === 'nat');
    if (!nat) throw new Error('no NAT node');
    expect(nat.opens).toEqual({ page: 'nat-gateway', id: nat.id });
    const children = targetsOf(topology, nat.id).map((n) => n?.kind);
    expect(children).toContain('eip');
    expect(children).toContain('snat');
    // Every edge joins two nodes that exist; no coordinates are sent.
    const ids = new Set(topology.nodes.map((n) => n.id));
    for (const e of topology.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(JSON.stringify(topology)).not.toMatch(/"x"|"position"/);
  });

  it('draws VPN gateway → IPsec connection → customer gateway and IPv6 gateway → addresses', () => {
    const vpn = topology.nodes.find((n) => n.kind === 'vpn');
    if (!vpn) throw new Error('no VPN node');
    const conns = targetsOf(topology, vpn.id);
    expect(conns.length).toBeGreaterThan(0);
    for (const c of conns) {
      expect(c?.kind).toBe('ipsec');
      expect(targetsOf(topology, c?.id ?? '').map((n) => n?.kind)).toEqual(['customer-gateway']);
    }
    const ipv6 = topology.nodes.find((n) => n.kind === 'ipv6');
    expect(ipv6).toBeDefined();
    const addresses = targetsOf(topology, ipv6?.id ?? '');
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((a) => a?.kind === 'ipv6-address')).toBe(true);
    expect(addresses.some((a) => /Mbit\/s$/.test(a?.detail ?? ''))).toBe(true);
  });

  it('answers 404 for an unknown VPC and 400 naming a bad ID', async () => {
    const missing = await auditor.get(`${R}/vpcs/vpc-doesnotexist000000000/topology`);
    expect(missing.status).toBe(404);
    const bad = await auditor.get(`${R}/vpcs/not-a-vpc/topology`);
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.fields?.[0]?.path).toBe('vpcId');
  });
});
