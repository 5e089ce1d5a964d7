import { z } from 'zod';
import {
  dependencyViolationEips,
  dependencyViolationForwardEntry,
  dependencyViolationSnatEntry,
  dryRunOperation,
  incorrectStatusNatGatewayOnDelete,
  enhancedQuotaExceed,
  invalidOperationDeletionProtection,
  taskConflict,
  vpcStatusError,
  vswitchStatusError,
  vswNotBelongToVpc,
} from '../errors.ts';
import type { EffectFn } from '../lifecycle.ts';
import { ownerParams, paramsSchema, parseJsonParam, parseParams, v } from '../params.ts';
import { modifyNatGatewayAttribute, modifyNatGatewaySpec } from './nat-gateway.modify.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { applyTags, tagListParam } from '../tags.ts';
import { EIP_KIND, eipsOfNat } from './eip.model.ts';
import { DNAT_KIND, forwardEntriesOf, SNAT_KIND, snatEntriesOf } from './nat-entry.model.ts';
import { describeNatGateways } from './nat-gateway.describe.ts';
import { isoSeconds, NAT_KIND, requireNat } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { seedNatGateways } from './nat.seed.ts';
import { releaseVpcNatOf } from './vpc-nat.handlers.ts';
import { allocateIp, releaseIp, requireVpc, requireVSwitch } from './vpc.model.ts';

/** Enhanced NAT gateways per VPC ([emulator choice]: OperationFailed.EnhancedQuotaExceed, §5.4). */
export const NAT_PER_VPC = 10;

const NAME_CODE = 'InvalidParameter.Name.Malformed';
const DESCRIPTION_CODE = 'InvalidParameter.Description.Malformed';

const createNatGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpcId: z.string(),
  VSwitchId: z.string(),
  Name: v.name({ min: 2, max: 128, code: NAME_CODE }).optional(),
  Description: v.description({ min: 2, max: 256, code: DESCRIPTION_CODE }).optional(),
  NatType: v.oneOf(['Enhanced', 'Normal'] as const, { ci: true }).optional(),
  NetworkType: v.oneOf(['internet', 'intranet'] as const).optional(),
  InternetChargeType: v.oneOf(['PayByLcu', 'PayBySpec'] as const).optional(),
  InstanceChargeType: v.oneOf(['PostPaid', 'PrePaid'] as const).optional(),
  EipBindMode: v.oneOf(['MULTI_BINDED', 'NAT'] as const).optional(),
  IcmpReplyEnabled: v.bool().optional(),
  PrivateLinkEnabled: v.bool().optional(),
  NatIp: v.ipv4('InvalidParameter.NatIp.Malformed').optional(),
  AccessMode: z.string().optional(),
  Spec: z.string().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
  Tag: tagListParam(),
});

function createNatGateway(ctx: ActionContext) {
  const p = parseParams(createNatGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const accessMode = parseJsonParam(
    'AccessMode',
    p.AccessMode,
    z.object({ ModeValue: z.enum(['route', 'tunnel']), TunnelType: z.string().default('geneve') }),
  );
  const vpc = requireVpc(ctx.store, p.RegionId, p.VpcId);
  const vsw = requireVSwitch(ctx.store, p.RegionId, p.VSwitchId);
  if (vsw.VpcId !== vpc.id) throw vswNotBelongToVpc(vsw.id, vpc.id);
  if (vpc.Status !== 'Available') throw vpcStatusError(vpc.id);
  if (vsw.Status !== 'Available') throw vswitchStatusError(vsw.id);
  const inVpc = ctx.store
    .table<NatGatewayRecord>(p.RegionId, NAT_KIND)
    .list()
    .filter((n) => n.VpcId === vpc.id);
  // Concurrent creates in one VPC are not supported (REFERENCE §3.2 CreateNatGateway).
  if (inVpc.some((n) => n.Status === 'Creating')) throw taskConflict();
  if (inVpc.length >= NAT_PER_VPC) throw enhancedQuotaExceed(NAT_PER_VPC);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('ngw', p.RegionId);
  const nat: NatGatewayRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? id,
    Description: p.Description ?? '',
    VpcId: vpc.id,
    VSwitchId: vsw.id,
    ZoneId: vsw.ZoneId,
    Status: 'Creating',
    NatType: p.NatType ?? 'Enhanced',
    NetworkType: p.NetworkType ?? 'internet',
    Spec: p.InternetChargeType === 'PayBySpec' ? (p.Spec ?? 'Small') : '',
    InstanceChargeType: p.InstanceChargeType ?? 'PostPaid',
    InternetChargeType: p.InternetChargeType ?? 'PayByLcu',
    EipBindMode: p.EipBindMode ?? 'MULTI_BINDED',
    IcmpReplyEnabled: p.IcmpReplyEnabled ?? true,
    EnableSessionLog: false,
    PrivateLinkEnabled: p.PrivateLinkEnabled ?? false,
    ...(accessMode ? { AccessMode: accessMode } : {}),
    CreationTime: isoSeconds(ctx.now),
    ResourceGroupId: vpc.ResourceGroupId,
    PrivateIpAddress: '',
    EniInstanceId: ctx.newId('eni', p.RegionId),
    SnatTableId: ctx.newId('stb', p.RegionId),
    ForwardTableId: ctx.newId('ftb', p.RegionId),
    FullNatTableId: p.NetworkType === 'intranet' ? ctx.newId('fulltb', p.RegionId) : '',
  };
  applyTags(nat, p.Tag);
  // The gateway takes a private IP of its vSwitch (AvailableIpAddressCount drops by one).
  nat.PrivateIpAddress = allocateIp(vsw, p.NatIp);
  ctx.store.table<NatGatewayRecord>(p.RegionId, NAT_KIND).put(nat);
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: NAT_KIND,
    resourceId: id,
    duration: 'nat',
    set: { Status: 'Available' },
  });
  return {
    NatGatewayId: id,
    SnatTableIds: { SnatTableId: [nat.SnatTableId] },
    ForwardTableIds: { ForwardTableId: [nat.ForwardTableId] },
    FullNatTableIds: { FullNatTableId: nat.FullNatTableId ? [nat.FullNatTableId] : [] },
  };
}

const deleteNatGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
  Force: v.bool().optional(),
});

function deleteNatGateway(ctx: ActionContext) {
  const p = parseParams(deleteNatGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNat(ctx.store, p.RegionId, p.NatGatewayId);
  // Documented as a 404 on DeleteNatGateway (REFERENCE-2 §6 row 1).
  if (nat.Status !== 'Available') throw incorrectStatusNatGatewayOnDelete(nat.id);
  // Protection wins over Force (REFERENCE-2 §4.4: "cannot be deleted until protection is disabled").
  if (nat.DeletionProtection) throw invalidOperationDeletionProtection();
  const snat = snatEntriesOf(ctx.store, p.RegionId, nat.id);
  const dnat = forwardEntriesOf(ctx.store, p.RegionId, nat.id);
  const eips = eipsOfNat(ctx.store, p.RegionId, nat.id);
  if (!p.Force) {
    // Entries are checked before EIPs: they reference the EIPs. All three codes are documented
    // (REFERENCE-2 §6 row 2; DependencyViolation.EIPS in sheet 1).
    if (snat.length) throw dependencyViolationSnatEntry();
    if (dnat.length) throw dependencyViolationForwardEntry();
    if (eips.length) throw dependencyViolationEips();
  }
  if (eips.some((e) => e.Status === 'Associating' || e.Status === 'Unassociating'))
    throw taskConflict();
  // Force cascades: entries go at once, EIPs pass through Unassociating.
  for (const e of snat) {
    ctx.lifecycle.cancel(SNAT_KIND, e.id);
    ctx.store.table(p.RegionId, SNAT_KIND).remove(e.id);
  }
  for (const e of dnat) {
    ctx.lifecycle.cancel(DNAT_KIND, e.id);
    ctx.store.table(p.RegionId, DNAT_KIND).remove(e.id);
  }
  for (const e of eips) {
    e.Status = 'Unassociating';
    ctx.lifecycle.schedule({
      regionId: p.RegionId,
      kind: EIP_KIND,
      resourceId: e.id,
      duration: 'eip',
      set: { Status: 'Available', InstanceId: '', InstanceType: '', PrivateIpAddress: '' },
    });
  }
  for (const ip of releaseVpcNatOf(ctx.store, nat, p.Force ?? false))
    releaseIp(ctx.store, p.RegionId, nat.VSwitchId, ip);
  nat.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: NAT_KIND,
    resourceId: nat.id,
    duration: 'nat',
    remove: true,
    effect: {
      name: 'nat.released',
      args: {
        regionId: p.RegionId,
        vSwitchId: nat.VSwitchId,
        ips: [nat.PrivateIpAddress, ...eips.map((e) => e.PrivateIpAddress)],
      },
    },
  });
  return {};
}

/** Gives the gateway's vSwitch addresses back once it is gone. */
const natReleased: EffectFn = (store, args) => {
  const { regionId, vSwitchId, ips } = args as {
    regionId: string;
    vSwitchId: string;
    ips: string[];
  };
  for (const ip of ips.filter(Boolean)) releaseIp(store, regionId, vSwitchId, ip);
};

/** NAT gateways (REFERENCE §3.2, lifecycle §4.1). */
export const natGatewayResource: ResourceModule = {
  name: 'nat-gateway',
  handlers: {
    CreateNatGateway: createNatGateway,
    DescribeNatGateways: describeNatGateways,
    DeleteNatGateway: deleteNatGateway,
    ModifyNatGatewayAttribute: modifyNatGatewayAttribute,
    ModifyNatGatewaySpec: modifyNatGatewaySpec,
  },
  tagKinds: { NATGATEWAY: NAT_KIND },
  effects: { 'nat.released': natReleased },
  seed: seedNatGateways,
};
