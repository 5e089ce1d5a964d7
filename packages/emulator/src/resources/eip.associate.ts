import { z } from 'zod';
import {
  incorrectEipStatus,
  incorrectStatusNatGateway,
  invalidAssociationDuplicated,
  invalidInstanceIdNotFound,
  invalidInstanIdNotFound,
  invalidIpStatusUsedByForward,
  invalidIpStatusUsedBySnat,
  operationConflict,
  operationDeniedIntranetNat,
  quotaExceededEipsPerNat,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import type { ActionContext } from '../resource-module.ts';
import { locateEip } from './eip.describe.ts';
import { EIP_KIND, eipsOfNat } from './eip.model.ts';
import {
  DNAT_KIND,
  forwardEntriesOf,
  SNAT_KIND,
  snatEntriesOf,
  snatIps,
} from './nat-entry.model.ts';
import { NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { allocateIp, releaseIp, VSWITCH_KIND } from './vpc.model.ts';
import type { VSwitchRecord } from './vpc.model.ts';

// Binding EIPs to NAT gateways and back (REFERENCE §3.3, lifecycle §4.3); split from
// eip.handlers.ts because these two carry the NAT-side rules (bind mode, SNAT/DNAT use).

/** EIPs per NAT gateway (REFERENCE §5.4: 50 in NAT bind mode; applied to both modes here). */
export const EIPS_PER_NAT = 50;

const INSTANCE_TYPES = [
  'Nat',
  'SlbInstance',
  'EcsInstance',
  'NetworkInterface',
  'HaVip',
  'IpAddress',
] as const;

const associateEipAddressParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string().optional(),
  AllocationId: z.string(),
  InstanceId: z.string(),
  InstanceType: v
    .oneOf(INSTANCE_TYPES, { code: 'InvalidInstanceType.ValueNotSupported' })
    .optional(),
  InstanceRegionId: z.string().optional(),
  PrivateIpAddress: v.ipv4().optional(),
  Mode: z.string().optional(),
  VpcId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

/** AssociateEipAddress: binds an EIP to a NAT gateway; it is InUse once the lifecycle runs. */
export function associateEipAddress(ctx: ActionContext) {
  const p = parseParams(associateEipAddressParams, ctx.params);
  const eip = locateEip(ctx.store, p.RegionId, p.AllocationId);
  // InstanceType defaults to EcsInstance; only NAT gateways exist here (REFERENCE §3.3).
  const nat =
    (p.InstanceType ?? 'EcsInstance') === 'Nat'
      ? ctx.store.table<NatGatewayRecord>(eip.regionId, NAT_KIND).get(p.InstanceId)
      : undefined;
  if (!nat) throw invalidInstanIdNotFound(p.InstanceId);
  if (eip.Status === 'Associating' || eip.Status === 'Unassociating') throw operationConflict();
  if (eip.Status === 'InUse' && eip.InstanceId === nat.id)
    throw invalidAssociationDuplicated(eip.id, nat.id);
  if (eip.Status !== 'Available') throw incorrectEipStatus(eip.id);
  if (nat.Status !== 'Available') throw incorrectStatusNatGateway(nat.id);
  if (nat.NetworkType === 'intranet') throw operationDeniedIntranetNat();
  if (eipsOfNat(ctx.store, eip.regionId, nat.id).length >= EIPS_PER_NAT)
    throw quotaExceededEipsPerNat(EIPS_PER_NAT);
  if (nat.EipBindMode === 'NAT') {
    // NAT bind mode: each EIP consumes a private IP of the gateway's vSwitch (REFERENCE §3.2).
    const vsw = ctx.store.table<VSwitchRecord>(eip.regionId, VSWITCH_KIND).get(nat.VSwitchId);
    if (vsw) eip.PrivateIpAddress = allocateIp(vsw);
  }
  Object.assign(eip, { Status: 'Associating', InstanceId: nat.id, InstanceType: 'Nat' });
  ctx.lifecycle.schedule({
    regionId: eip.regionId,
    kind: EIP_KIND,
    resourceId: eip.id,
    duration: 'eip',
    set: { Status: 'InUse' },
  });
  return {};
}

const unassociateEipAddressParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string().optional(),
  AllocationId: z.string(),
  InstanceId: z.string().optional(),
  InstanceType: v
    .oneOf(INSTANCE_TYPES, { code: 'InvalidInstanceType.ValueNotSupported' })
    .optional(),
  PrivateIpAddress: z.string().optional(),
  Force: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
});

/** UnassociateEipAddress: Force=true also drops the SNAT/DNAT entries that use the IP. */
export function unassociateEipAddress(ctx: ActionContext) {
  const p = parseParams(unassociateEipAddressParams, ctx.params);
  const eip = locateEip(ctx.store, p.RegionId, p.AllocationId);
  if (eip.Status === 'Associating' || eip.Status === 'Unassociating') throw operationConflict();
  if (eip.Status !== 'InUse') throw incorrectEipStatus(eip.id);
  if (p.InstanceId !== undefined && p.InstanceId !== eip.InstanceId)
    throw invalidInstanceIdNotFound(eip.id, p.InstanceId);
  const snat = snatEntriesOf(ctx.store, eip.regionId, eip.InstanceId).filter((e) =>
    snatIps(e).includes(eip.IpAddress),
  );
  const dnat = forwardEntriesOf(ctx.store, eip.regionId, eip.InstanceId).filter(
    (e) => e.ExternalIp === eip.IpAddress,
  );
  // An EIP used by SNAT/DNAT entries needs Force=true (REFERENCE §3.3, codes from tf).
  if (!p.Force && snat.length) throw invalidIpStatusUsedBySnat();
  if (!p.Force && dnat.length) throw invalidIpStatusUsedByForward();
  for (const e of snat) {
    const rest = snatIps(e).filter((ip) => ip !== eip.IpAddress);
    if (rest.length) e.SnatIp = rest.join(',');
    else ctx.store.table(eip.regionId, SNAT_KIND).remove(e.id);
  }
  for (const e of dnat) ctx.store.table(eip.regionId, DNAT_KIND).remove(e.id);
  const nat = ctx.store.table<NatGatewayRecord>(eip.regionId, NAT_KIND).get(eip.InstanceId);
  if (nat && eip.PrivateIpAddress)
    releaseIp(ctx.store, eip.regionId, nat.VSwitchId, eip.PrivateIpAddress);
  eip.Status = 'Unassociating';
  ctx.lifecycle.schedule({
    regionId: eip.regionId,
    kind: EIP_KIND,
    resourceId: eip.id,
    duration: 'eip',
    set: { Status: 'Available', InstanceId: '', InstanceType: '', PrivateIpAddress: '' },
  });
  return {};
}
