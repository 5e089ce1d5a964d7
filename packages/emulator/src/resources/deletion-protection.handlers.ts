import { z } from 'zod';
import {
  deletionProtectionAlreadyEnabled,
  deletionProtectionNotExist,
  deletionProtectionPrePaidNotSupport,
  deletionProtectionResourceNotExist,
  deletionProtectionTypeNotSupport,
  incorrectEipStatus,
  incorrectStatusNatGateway,
  invalidAllocationIdNotFound,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { EIP_KIND } from './eip.model.ts';
import type { EipRecord } from './eip.model.ts';
import { NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';

/** The instance types DeletionProtection knows (REFERENCE-2 §4.4); CBWP is not modelled here. */
const TYPES = ['EIP', 'CBWP', 'NATGW'] as const;

const params = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  InstanceId: z.string(),
  ProtectionEnable: v.bool(),
  // Any text reaches the handler, so an unknown type answers TypeNotSupport, not a parse error.
  Type: z.string(),
  ClientToken: v.clientToken().optional(),
});

type Protectable = { DeletionProtection?: boolean };

/** The instance to flip: EIP and NAT gateway only; the type's own codes for unknown IDs. */
function target(ctx: ActionContext, regionId: string, type: string, id: string): Protectable {
  if (!TYPES.some((t) => t === type)) throw deletionProtectionTypeNotSupport();
  if (type === 'EIP') {
    const eip = ctx.store.table<EipRecord>(regionId, EIP_KIND).get(id);
    // The page lists 404 InvalidAllocationId.NotFound for EIPs beside the generic 400.
    if (!eip) throw invalidAllocationIdNotFound(id);
    if (eip.ChargeType === 'PrePaid') throw deletionProtectionPrePaidNotSupport();
    if (eip.Status === 'Releasing') throw incorrectEipStatus(id);
    return eip;
  }
  const nat =
    type === 'NATGW' ? ctx.store.table<NatGatewayRecord>(regionId, NAT_KIND).get(id) : undefined;
  // [emulator choice] No bandwidth packages exist here, so every CBWP ID is unknown.
  if (!nat) throw deletionProtectionResourceNotExist();
  if (nat.InstanceChargeType === 'PrePaid') throw deletionProtectionPrePaidNotSupport();
  if (nat.Status === 'Deleting') throw incorrectStatusNatGateway(id);
  return nat;
}

// Synchronous: the flag is read back at once by Describe*/GetNatGatewayAttribute ([emulator choice]).
function deletionProtection(ctx: ActionContext) {
  const p = parseParams(params, ctx.params);
  requireRegion(p.RegionId);
  const record = target(ctx, p.RegionId, p.Type, p.InstanceId);
  const on = record.DeletionProtection === true;
  // Enabling twice is a 400, disabling when off a 404 (REFERENCE-2 §6 rows 4–5).
  if (p.ProtectionEnable && on) throw deletionProtectionAlreadyEnabled();
  if (!p.ProtectionEnable && !on) throw deletionProtectionNotExist();
  record.DeletionProtection = p.ProtectionEnable;
  return {};
}

/** DeletionProtection (REFERENCE-2 §4.4): the VPC-wide switch for EIPs and NAT gateways. */
export const deletionProtectionResource: ResourceModule = {
  name: 'deletion-protection',
  handlers: { DeletionProtection: deletionProtection },
};
