import { z } from 'zod';
import { missingParameter } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { DNAT_KIND, DNAT_PROTOCOLS } from './nat-entry.model.ts';
import type { ForwardEntryRecord } from './nat-entry.model.ts';
import { requireNatByTable } from './nat-gateway.model.ts';

const describeForwardTableEntriesParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  ForwardTableId: z.string().optional(),
  NatGatewayId: z.string().optional(),
  ForwardEntryId: z.string().optional(),
  ForwardEntryName: z.string().optional(),
  ExternalIp: z.string().optional(),
  ExternalPort: z.string().optional(),
  InternalIp: z.string().optional(),
  InternalPort: z.string().optional(),
  // The filter is documented lower-case (tcp/udp/any); matched case-insensitively.
  IpProtocol: v.oneOf(DNAT_PROTOCOLS, { ci: true }).optional(),
});

/** DescribeForwardTableEntries: needs a table or a gateway; the other filters are exact matches. */
export function describeForwardTableEntries(ctx: ActionContext) {
  const p = parseParams(describeForwardTableEntriesParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.ForwardTableId === undefined && p.NatGatewayId === undefined)
    throw missingParameter('One of ForwardTableId or NatGatewayId is mandatory for this action.');
  if (p.ForwardTableId !== undefined)
    requireNatByTable(ctx.store, p.RegionId, 'ForwardTableId', p.ForwardTableId);
  const rows = ctx.store
    .table<ForwardEntryRecord>(p.RegionId, DNAT_KIND)
    .list()
    .filter(
      (e) =>
        (p.ForwardTableId === undefined || e.ForwardTableId === p.ForwardTableId) &&
        (p.NatGatewayId === undefined || e.NatGatewayId === p.NatGatewayId) &&
        (p.ForwardEntryId === undefined || e.id === p.ForwardEntryId) &&
        (p.ForwardEntryName === undefined || e.ForwardEntryName === p.ForwardEntryName) &&
        (p.ExternalIp === undefined || e.ExternalIp === p.ExternalIp) &&
        (p.ExternalPort === undefined || e.ExternalPort === p.ExternalPort) &&
        (p.InternalIp === undefined || e.InternalIp === p.InternalIp) &&
        (p.InternalPort === undefined || e.InternalPort === p.InternalPort) &&
        (p.IpProtocol === undefined || e.IpProtocol === p.IpProtocol),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    ForwardTableEntries: {
      ForwardTableEntry: page.items.map((e) => ({
        ForwardEntryId: e.id,
        ForwardTableId: e.ForwardTableId,
        NatGatewayId: e.NatGatewayId,
        ForwardEntryName: e.ForwardEntryName,
        ExternalIp: e.ExternalIp,
        ExternalPort: e.ExternalPort,
        InternalIp: e.InternalIp,
        InternalPort: e.InternalPort,
        IpProtocol: e.IpProtocol,
        Status: e.Status,
      })),
    },
  };
}
