import type { SeedContext } from '../resource-module.ts';
import { tagRecords } from '../tags.ts';
import { EIP_KIND } from './eip.model.ts';
import type { EipRecord } from './eip.model.ts';
import { DNAT_KIND, SNAT_KIND } from './nat-entry.model.ts';
import type { ForwardEntryRecord, SnatEntryRecord } from './nat-entry.model.ts';
import { isoSeconds, NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { allocateIp } from './vpc.model.ts';
import { NAT_SEEDS, type NatSeed } from './nat.seed-data.ts';
import { seededVSwitch } from './vpc.seed.ts';

/** Seeds NAT gateways with their EIPs, SNAT and DNAT entries (deterministic ids). */
export function seedNatGateways(ctx: SeedContext): void {
  for (const regionId of ctx.regionIds) {
    (NAT_SEEDS[regionId] ?? []).forEach((seed, index) =>
      seedNatGateway(ctx, regionId, seed, index),
    );
  }
}

/** Seeds one NAT gateway, created `90 - index * 20` days before the seed time. */
export function seedNatGateway(
  ctx: SeedContext,
  regionId: string,
  seed: NatSeed,
  index: number,
): void {
  const vsw = seededVSwitch(ctx, regionId, seed.vswitch);
  const id = ctx.newId('ngw', regionId);
  const created = isoSeconds(new Date(ctx.now.getTime() - (90 - index * 20) * 86_400_000));
  const nat: NatGatewayRecord = {
    id,
    regionId,
    tags: tagRecords(seed.tags),
    Name: seed.name,
    Description: seed.description,
    VpcId: vsw.VpcId,
    VSwitchId: vsw.id,
    ZoneId: vsw.ZoneId,
    Status: 'Available',
    NatType: 'Enhanced',
    NetworkType: seed.network ?? 'internet',
    Spec: seed.legacySpec ?? '',
    InstanceChargeType: 'PostPaid',
    InternetChargeType: seed.legacySpec ? 'PayBySpec' : 'PayByLcu',
    EipBindMode: 'MULTI_BINDED',
    IcmpReplyEnabled: true,
    EnableSessionLog: false,
    PrivateLinkEnabled: false,
    CreationTime: created,
    ResourceGroupId: 'rg-acfmdemo0default',
    PrivateIpAddress: allocateIp(vsw),
    EniInstanceId: ctx.newId('eni', regionId),
    SnatTableId: ctx.newId('stb', regionId),
    ForwardTableId: ctx.newId('ftb', regionId),
    FullNatTableId: seed.network === 'intranet' ? ctx.newId('fulltb', regionId) : '',
    ...(seed.protected ? { DeletionProtection: true } : {}),
  };
  ctx.store.table<NatGatewayRecord>(regionId, NAT_KIND).put(nat);
  const eips = seed.eips.map((e) => {
    const eip: EipRecord = {
      id: ctx.newId('eip', regionId),
      regionId,
      tags: tagRecords({ env: seed.tags.env ?? 'prod' }),
      Name: e.name,
      Description: `bound to ${seed.name}`,
      IpAddress: e.ip,
      Bandwidth: e.bandwidth,
      InternetChargeType: 'PayByTraffic',
      ChargeType: 'PostPaid',
      ISP: 'BGP',
      Netmode: 'public',
      Status: 'InUse',
      InstanceId: id,
      InstanceType: 'Nat',
      PrivateIpAddress: '',
      AllocationTime: created,
      ResourceGroupId: 'rg-acfmdemo0default',
      ...(e.protected ? { DeletionProtection: true } : {}),
    };
    return ctx.store.table<EipRecord>(regionId, EIP_KIND).put(eip);
  });
  for (const s of seed.snat) {
    const entry: SnatEntryRecord = {
      id: ctx.newId('snat', regionId),
      regionId,
      tags: [],
      SnatTableId: nat.SnatTableId,
      NatGatewayId: id,
      SnatEntryName: s.name,
      SnatIp: s.ips.map((i) => eips[i]?.IpAddress ?? '').join(','),
      SourceCIDR: s.cidr ?? '',
      SourceVSwitchId: s.vswitch ? seededVSwitch(ctx, regionId, s.vswitch).id : '',
      NetworkInterfaceId: '',
      EipAffinity: 0,
      Status: 'Available',
    };
    ctx.store.table<SnatEntryRecord>(regionId, SNAT_KIND).put(entry);
  }
  for (const d of seed.dnat) {
    const entry: ForwardEntryRecord = {
      id: ctx.newId('fwd', regionId),
      regionId,
      tags: [],
      ForwardTableId: nat.ForwardTableId,
      NatGatewayId: id,
      ForwardEntryName: d.name,
      ExternalIp: eips[d.eip]?.IpAddress ?? '',
      ExternalPort: d.ext,
      InternalIp: d.int,
      InternalPort: d.intPort,
      IpProtocol: d.proto,
      PortBreak: false,
      Status: 'Available',
    };
    ctx.store.table<ForwardEntryRecord>(regionId, DNAT_KIND).put(entry);
  }
}
