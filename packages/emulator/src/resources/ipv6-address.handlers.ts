import { z } from 'zod';
import { dryRunOperation } from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { matchesTags, tagListParam } from '../tags.ts';
import {
  allocateIpv6InternetBandwidth,
  deleteIpv6InternetBandwidth,
  modifyIpv6InternetBandwidth,
} from './ipv6-address.bandwidth.ts';
import {
  ipv6AddressesOf,
  IPV6_ADDRESS_KIND,
  renderIpv6Address,
  requireIpv6Address,
} from './ipv6-address.model.ts';
import type { Ipv6AddressRecord } from './ipv6-address.model.ts';
import { IPV6_DESCRIPTION, IPV6_NAME, ipv6GatewayOfVpc } from './ipv6-gateway.model.ts';

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

const modifyIpv6AddressAttributeParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6AddressId: z.string(),
  Name: IPV6_NAME().optional(),
  Description: IPV6_DESCRIPTION().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

// Parameters are `Name`/`Description` here, `Ipv6AddressName`/`…Description` in Describe
// (REFERENCE-2 §5.4). Metadata only: synchronous.
function modifyIpv6AddressAttribute(ctx: ActionContext) {
  const p = parseParams(modifyIpv6AddressAttributeParams, ctx.params);
  requireRegion(p.RegionId);
  const addr = requireIpv6Address(ctx.store, p.RegionId, p.Ipv6AddressId);
  if (p.DryRun) throw dryRunOperation();
  if (p.Name !== undefined) addr.Name = p.Name;
  if (p.Description !== undefined) addr.Description = p.Description;
  return {};
}

/** IPv6 addresses and their internet bandwidth (REFERENCE §3.5, REFERENCE-2 §5.4–§5.5). */
export const ipv6AddressResource: ResourceModule = {
  name: 'ipv6-address',
  handlers: {
    DescribeIpv6Addresses: describeIpv6Addresses,
    ModifyIpv6AddressAttribute: modifyIpv6AddressAttribute,
    AllocateIpv6InternetBandwidth: allocateIpv6InternetBandwidth,
    DeleteIpv6InternetBandwidth: deleteIpv6InternetBandwidth,
    ModifyIpv6InternetBandwidth: modifyIpv6InternetBandwidth,
  },
  tagKinds: { IPV6ADDRESS: IPV6_ADDRESS_KIND },
};
