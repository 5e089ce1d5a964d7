import { z } from 'zod';
import { incorrectStatusNatgw, natgwModifySpecSame } from '../errors.ts';
import { ownerParams, paramsSchema, parseJsonParam, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { NAT_KIND, requireAvailableNat, requireNat } from './nat-gateway.model.ts';

const NAME_CODE = 'InvalidParameter.Name.Malformed';
const DESCRIPTION_CODE = 'InvalidParameter.Description.Malformed';

const modifyNatGatewayAttributeParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
  // Looser than CreateNatGateway: 1–128, only the http(s):// prefix is refused (REFERENCE §3.2).
  Name: v.str({ min: 1, max: 128, pattern: /^(?!https?:\/\/)/i, code: NAME_CODE }).optional(),
  Description: v.description({ min: 1, max: 128, code: DESCRIPTION_CODE }).optional(),
  EipBindMode: v.oneOf(['NAT'] as const).optional(),
  IcmpReplyEnabled: v.bool().optional(),
  EnableSessionLog: v.bool().optional(),
  LogDelivery: z.string().optional(),
});

/** ModifyNatGatewayAttribute: rename, describe, ICMP, session log, MULTI_BINDED → NAT. */
export function modifyNatGatewayAttribute(ctx: ActionContext) {
  const p = parseParams(modifyNatGatewayAttributeParams, ctx.params);
  requireRegion(p.RegionId);
  parseJsonParam(
    'LogDelivery',
    p.LogDelivery,
    z.object({ LogDeliveryType: z.string(), LogDestination: z.string() }),
  );
  const nat = requireNat(ctx.store, p.RegionId, p.NatGatewayId);
  // tf retries IncorrectStatus.NATGW on Modify (REFERENCE §3.2).
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  if (p.Name !== undefined) nat.Name = p.Name;
  if (p.Description !== undefined) nat.Description = p.Description;
  if (p.IcmpReplyEnabled !== undefined) nat.IcmpReplyEnabled = p.IcmpReplyEnabled;
  if (p.EnableSessionLog !== undefined) nat.EnableSessionLog = p.EnableSessionLog;
  if (p.EipBindMode === 'NAT' && nat.EipBindMode !== 'NAT') {
    // One-way MULTI_BINDED → NAT switch: the gateway is Modifying meanwhile.
    nat.Status = 'Modifying';
    ctx.lifecycle.schedule({
      regionId: p.RegionId,
      kind: NAT_KIND,
      resourceId: nat.id,
      duration: 'nat',
      set: { Status: 'Available', EipBindMode: 'NAT' },
    });
  }
  return {};
}

const modifyNatGatewaySpecParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
  Spec: v.oneOf(['Small', 'Middle', 'Large', 'XLarge.1'] as const),
  AutoPay: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
});

/** ModifyNatGatewaySpec: legacy spec change through Modifying. */
export function modifyNatGatewaySpec(ctx: ActionContext) {
  const p = parseParams(modifyNatGatewaySpecParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireAvailableNat(ctx.store, p.RegionId, p.NatGatewayId);
  if (nat.Spec === p.Spec) throw natgwModifySpecSame(p.Spec);
  nat.Status = 'Modifying';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: NAT_KIND,
    resourceId: nat.id,
    duration: 'nat',
    set: { Status: 'Available', Spec: p.Spec },
  });
  return {};
}
