import { z } from 'zod';
import { ApiError, defineError } from '../api-error.ts';
import {
  dryRunOperation,
  incorrectStatusIpv6Gateway,
  invalidIpv6GatewayIdNotFound,
} from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { matchesTags, tagListParam } from '../tags.ts';
import {
  invalidIpv6InternetBandwidthIdNotFound,
  ipv6AddressesOf,
  IPV6_ADDRESS_KIND,
  renderIpv6Address,
  requireIpv6Address,
} from './ipv6-address.model.ts';
import type { Ipv6AddressRecord, Ipv6BandwidthRecord } from './ipv6-address.model.ts';
import { ipv6GatewayOfVpc } from './ipv6-gateway.model.ts';

/** [emulator choice] 400: an address carries at most one internet bandwidth (REFERENCE §3.5). */
const bandwidthExists = defineError(
  400,
  'OperationFailed.Ipv6InternetBandwidthExist',
  (id: string, bw: string) => `IPv6 address ${id} already has internet bandwidth ${bw}.`,
);

/** 400 when neither id is given (DeleteIpv6InternetBandwidth error table, help-centre docs). */
const bothEmpty = defineError(
  400,
  'BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId',
  () => 'Either Ipv6AddressId or Ipv6InternetBandwidthId should be specified.',
);

// Bandwidth ranges per charge type (REFERENCE §3.5; the current docs of Modify agree).
const MAX_BANDWIDTH = { PayByTraffic: 1000, PayByBandwidth: 2000 } as const;

function checkBandwidth(value: number, chargeType: keyof typeof MAX_BANDWIDTH): void {
  const max = MAX_BANDWIDTH[chargeType];
  if (value < 1 || value > max)
    throw new ApiError(
      400,
      'InvalidParameter.Bandwidth.Malformed',
      `Bandwidth must be 1-${max} Mbit/s with ${chargeType}.`,
    );
}

const describeIpv6AddressesParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  Ipv6AddressId: z.string().optional(),
  Ipv6Address: z.string().optional(),
  Ipv6InternetBandwidthId: z.string().optional(),
  Ipv6GatewayId: z.string().optional(),
  VpcId: z.string().optional(),
  VSwitchId: z.string().optional(),
  AssociatedInstanceId: z.string().optional(),
  AssociatedInstanceType: v.oneOf(['EcsInstance', 'NetworkInterface'] as const).optional(),
  AddressType: v.oneOf(['IPv6Address', 'IPv6Prefix'] as const).optional(),
  NetworkType: v.oneOf(['Private', 'Public'] as const).optional(),
  Name: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  IncludeReservationData: v.bool().optional(),
  ServiceManaged: v.bool().optional(),
  Tag: tagListParam(),
});

function describeIpv6Addresses(ctx: ActionContext) {
  const p = parseParams(describeIpv6AddressesParams, ctx.params);
  requireRegion(p.RegionId);
  // Ipv6AddressId takes up to 20 comma-separated ids (REFERENCE §3.5).
  const ids = idSet(p.Ipv6AddressId);
  const gatewayVpc = (a: Ipv6AddressRecord) =>
    ipv6GatewayOfVpc(ctx.store, a.regionId, a.VpcId)?.id === p.Ipv6GatewayId;
  const rows = ipv6AddressesOf(ctx.store, p.RegionId).filter(
    (a) =>
      (!ids || ids.has(a.id)) &&
      (p.Ipv6Address === undefined || a.Ipv6Address === p.Ipv6Address) &&
      (p.Ipv6InternetBandwidthId === undefined ||
        a.bandwidth?.Ipv6InternetBandwidthId === p.Ipv6InternetBandwidthId) &&
      // An address belongs to the gateway of its VPC.
      (p.Ipv6GatewayId === undefined || gatewayVpc(a)) &&
      (p.VpcId === undefined || a.VpcId === p.VpcId) &&
      (p.VSwitchId === undefined || a.VSwitchId === p.VSwitchId) &&
      (p.AssociatedInstanceId === undefined || a.AssociatedInstanceId === p.AssociatedInstanceId) &&
      (p.AssociatedInstanceType === undefined ||
        a.AssociatedInstanceType === p.AssociatedInstanceType) &&
      (p.AddressType === undefined || p.AddressType === 'IPv6Address') &&
      (p.NetworkType === undefined || (a.bandwidth ? 'Public' : 'Private') === p.NetworkType) &&
      (p.Name === undefined || a.Name === p.Name) &&
      (p.ResourceGroupId === undefined || a.ResourceGroupId === p.ResourceGroupId) &&
      (p.ServiceManaged === undefined || p.ServiceManaged === false) &&
      matchesTags(a, p.Tag),
  );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Ipv6Addresses: { Ipv6Address: page.items.map((a) => renderIpv6Address(ctx.store, a)) },
  };
}

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

function allocateIpv6InternetBandwidth(ctx: ActionContext) {
  const p = parseParams(allocateIpv6InternetBandwidthParams, ctx.params);
  requireRegion(p.RegionId);
  const chargeType = p.InternetChargeType ?? 'PayByBandwidth';
  checkBandwidth(p.Bandwidth, chargeType);
  const addr = requireIpv6Address(ctx.store, p.RegionId, p.Ipv6AddressId);
  const gw = ipv6GatewayOfVpc(ctx.store, p.RegionId, addr.VpcId);
  // Internet access goes through the VPC's IPv6 gateway, which must exist and be ready.
  if (!gw || (p.Ipv6GatewayId !== undefined && p.Ipv6GatewayId !== gw.id))
    throw invalidIpv6GatewayIdNotFound(p.Ipv6GatewayId ?? `(IPv6 gateway of ${addr.VpcId})`);
  if (gw.Status !== 'Available') throw incorrectStatusIpv6Gateway(gw.id);
  if (addr.bandwidth) throw bandwidthExists(addr.id, addr.bandwidth.Ipv6InternetBandwidthId);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('ipv6bw', p.RegionId);
  // Synchronous: the address is Public at once (no lifecycle is documented for bandwidth).
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
  regionId: string,
  addressId: string | undefined,
  bandwidthId: string | undefined,
): { addr: Ipv6AddressRecord; bw: Ipv6BandwidthRecord } {
  if (addressId === undefined && bandwidthId === undefined) throw bothEmpty();
  const addr =
    addressId !== undefined
      ? requireIpv6Address(store, regionId, addressId)
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

function deleteIpv6InternetBandwidth(ctx: ActionContext) {
  const p = parseParams(deleteIpv6InternetBandwidthParams, ctx.params);
  requireRegion(p.RegionId);
  const { addr } = addressWithBandwidth(
    ctx.store,
    p.RegionId,
    p.Ipv6AddressId,
    p.Ipv6InternetBandwidthId,
  );
  if (p.DryRun) throw dryRunOperation();
  delete addr.bandwidth;
  return {};
}

const modifyIpv6InternetBandwidthParams = paramsSchema({ ...bandwidthTarget, Bandwidth: v.int() });

function modifyIpv6InternetBandwidth(ctx: ActionContext) {
  const p = parseParams(modifyIpv6InternetBandwidthParams, ctx.params);
  requireRegion(p.RegionId);
  const { bw } = addressWithBandwidth(
    ctx.store,
    p.RegionId,
    p.Ipv6AddressId,
    p.Ipv6InternetBandwidthId,
  );
  checkBandwidth(p.Bandwidth, bw.InternetChargeType);
  if (p.DryRun) throw dryRunOperation();
  bw.Bandwidth = p.Bandwidth;
  return {};
}

/** IPv6 addresses and their internet bandwidth (REFERENCE §3.5; Delete/Modify per the sdk). */
export const ipv6AddressResource: ResourceModule = {
  name: 'ipv6-address',
  handlers: {
    DescribeIpv6Addresses: describeIpv6Addresses,
    AllocateIpv6InternetBandwidth: allocateIpv6InternetBandwidth,
    DeleteIpv6InternetBandwidth: deleteIpv6InternetBandwidth,
    ModifyIpv6InternetBandwidth: modifyIpv6InternetBandwidth,
  },
  tagKinds: { IPV6ADDRESS: IPV6_ADDRESS_KIND },
};
