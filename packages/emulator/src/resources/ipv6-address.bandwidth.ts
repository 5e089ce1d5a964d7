import { z } from 'zod';
import {
  bothEmptyIpv6AddressAndBandwidthId,
  dryRunOperation,
  illegalParamBandwidth,
  incorrectStatusIpv6Gateway,
  internetBandwidthAlreadyExisted,
  invalidIpv6AddressIdNotFound,
  invalidIpv6InternetBandwidthIdNotFound,
  ipv6GatewayNotExist,
  malformedParam,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { checkSameVpc, ipv6AddressesOf, requireIpv6Address } from './ipv6-address.model.ts';
import type { Ipv6AddressRecord, Ipv6BandwidthRecord } from './ipv6-address.model.ts';
import { IPV6_GATEWAY_KIND, ipv6GatewayOfVpc } from './ipv6-gateway.model.ts';
import type { Ipv6GatewayRecord } from './ipv6-gateway.model.ts';

// Bandwidth ranges per charge type (REFERENCE §3.5; the current docs of Modify agree).
const MAX_BANDWIDTH = { PayByTraffic: 1000, PayByBandwidth: 2000 } as const;
type ChargeType = keyof typeof MAX_BANDWIDTH;

const inRange = (value: number, chargeType: ChargeType) =>
  value >= 1 && value <= MAX_BANDWIDTH[chargeType];

const allocateIpv6InternetBandwidthParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6AddressId: z.string(),
  Bandwidth: v.int(),
  Ipv6GatewayId: z.string().optional(),
  InternetChargeType: v.oneOf(['PayByBandwidth', 'PayByTraffic'] as const).optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

/** The gateway the bandwidth goes through: the named one, else the VPC's (REFERENCE-2 §5.5). */
function gatewayFor(ctx: ActionContext, addr: Ipv6AddressRecord, id: string | undefined) {
  const gw =
    id === undefined
      ? ipv6GatewayOfVpc(ctx.store, addr.regionId, addr.VpcId)
      : ctx.store.table<Ipv6GatewayRecord>(addr.regionId, IPV6_GATEWAY_KIND).get(id);
  // A VPC without an IPv6 gateway is a 400, not a 404 (REFERENCE-2 §6 #11).
  if (!gw) throw ipv6GatewayNotExist(`IPv6 gateway ${id ?? `of VPC ${addr.VpcId}`} not existing`);
  checkSameVpc(addr, gw);
  if (gw.Status !== 'Available') throw incorrectStatusIpv6Gateway(gw.id);
  return gw;
}

/** AllocateIpv6InternetBandwidth: synchronous, the address is `Public` at once. */
export function allocateIpv6InternetBandwidth(ctx: ActionContext) {
  const p = parseParams(allocateIpv6InternetBandwidthParams, ctx.params);
  requireRegion(p.RegionId);
  const chargeType = p.InternetChargeType ?? 'PayByBandwidth';
  if (!inRange(p.Bandwidth, chargeType)) throw illegalParamBandwidth();
  const addr = requireIpv6Address(ctx.store, p.RegionId, p.Ipv6AddressId);
  gatewayFor(ctx, addr, p.Ipv6GatewayId);
  const existing = addr.bandwidth?.Ipv6InternetBandwidthId;
  if (existing)
    throw internetBandwidthAlreadyExisted(`${addr.id} already having bandwidth ${existing}`);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('ipv6bw', p.RegionId);
  addr.bandwidth = {
    Ipv6InternetBandwidthId: id,
    Bandwidth: p.Bandwidth,
    InternetChargeType: chargeType,
  };
  return { InternetBandwidthId: id, Ipv6AddressId: addr.id };
}

/** The address whose bandwidth the ids name (either or both, REFERENCE: sdk model). */
function addressWithBandwidth(
  store: Store,
  target: { RegionId: string; Ipv6AddressId?: string; Ipv6InternetBandwidthId?: string },
): { addr: Ipv6AddressRecord; bw: Ipv6BandwidthRecord } {
  const {
    RegionId: regionId,
    Ipv6AddressId: addressId,
    Ipv6InternetBandwidthId: bandwidthId,
  } = target;
  if (addressId === undefined && bandwidthId === undefined)
    throw bothEmptyIpv6AddressAndBandwidthId();
  const addr =
    addressId !== undefined
      ? requireIpv6Address(store, regionId, addressId, invalidIpv6AddressIdNotFound)
      : ipv6AddressesOf(store, regionId).find(
          (a) => a.bandwidth?.Ipv6InternetBandwidthId === bandwidthId,
        );
  const bw = addr?.bandwidth;
  if (!addr || !bw || (bandwidthId !== undefined && bw.Ipv6InternetBandwidthId !== bandwidthId))
    throw invalidIpv6InternetBandwidthIdNotFound(bandwidthId ?? `(none on ${addressId})`);
  return { addr, bw };
}

const bandwidthTarget = {
  ...ownerParams,
  RegionId: z.string(),
  Ipv6AddressId: z.string().optional(),
  Ipv6InternetBandwidthId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
};

const deleteIpv6InternetBandwidthParams = paramsSchema(bandwidthTarget);

/** DeleteIpv6InternetBandwidth: synchronous, the address is `Private` again. */
export function deleteIpv6InternetBandwidth(ctx: ActionContext) {
  const p = parseParams(deleteIpv6InternetBandwidthParams, ctx.params);
  requireRegion(p.RegionId);
  const { addr } = addressWithBandwidth(ctx.store, p);
  if (p.DryRun) throw dryRunOperation();
  delete addr.bandwidth;
  return {};
}

const modifyIpv6InternetBandwidthParams = paramsSchema({ ...bandwidthTarget, Bandwidth: v.int() });

/** ModifyIpv6InternetBandwidth: synchronous; the range is the bandwidth's charge type's. */
export function modifyIpv6InternetBandwidth(ctx: ActionContext) {
  const p = parseParams(modifyIpv6InternetBandwidthParams, ctx.params);
  requireRegion(p.RegionId);
  const { bw } = addressWithBandwidth(ctx.store, p);
  const max = MAX_BANDWIDTH[bw.InternetChargeType];
  // Modify's range code is unconfirmed: it keeps the emulator's earlier choice (README).
  if (!inRange(p.Bandwidth, bw.InternetChargeType))
    throw malformedParam(
      'Bandwidth',
      `Bandwidth must be 1-${max} Mbit/s with ${bw.InternetChargeType}.`,
    );
  if (p.DryRun) throw dryRunOperation();
  bw.Bandwidth = p.Bandwidth;
  return {};
}
