import { z } from 'zod';
import {
  dryRunOperation,
  incorretSnatEntryStatus,
  invalidSnatEntryIdNotFound,
  missingParameter,
} from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { SNAT_KIND, snatEntriesOf, snatIps, startEntryDelete } from './nat-entry.model.ts';
import type { SnatEntryRecord } from './nat-entry.model.ts';
import { modifySnatEntry } from './nat-entry.modify.ts';
import { requireNatByTable } from './nat-gateway.model.ts';
import { checkNewSnatEntry } from './snat-entry.model.ts';

const createSnatEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SnatTableId: z.string(),
  SnatIp: z.string().optional(),
  SourceCIDR: v.cidr('InvalidParameter.SourceCIDR.Malformed').optional(),
  SourceVSwitchId: z.string().optional(),
  NetworkInterfaceId: z.string().optional(),
  SnatEntryName: v.name({ min: 2, max: 128, code: 'InvalidParameter.Name.Malformed' }).optional(),
  EipAffinity: v.int({ min: 0, max: 1 }).optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function createSnatEntry(ctx: ActionContext) {
  const p = parseParams(createSnatEntryParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByTable(ctx.store, p.RegionId, 'SnatTableId', p.SnatTableId);
  const ips = checkNewSnatEntry(ctx.store, nat, p);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('snat', p.RegionId);
  const entry: SnatEntryRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    SnatTableId: p.SnatTableId,
    NatGatewayId: nat.id,
    SnatEntryName: p.SnatEntryName ?? '',
    SnatIp: ips.join(','),
    SourceCIDR: p.SourceCIDR ?? '',
    SourceVSwitchId: p.SourceVSwitchId ?? '',
    NetworkInterfaceId: p.NetworkInterfaceId ?? '',
    EipAffinity: p.EipAffinity ?? 0,
    Status: 'Pending',
  };
  ctx.store.table<SnatEntryRecord>(p.RegionId, SNAT_KIND).put(entry);
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: SNAT_KIND,
    resourceId: id,
    duration: 'snat',
    set: { Status: 'Available' },
  });
  return { SnatEntryId: id };
}

const describeSnatTableEntriesParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  SnatTableId: z.string().optional(),
  NatGatewayId: z.string().optional(),
  SnatEntryId: z.string().optional(),
  SnatEntryName: z.string().optional(),
  SnatIp: z.string().optional(),
  SourceCIDR: z.string().optional(),
  SourceVSwitchId: z.string().optional(),
  NetworkInterfaceIds: v.list(z.string()).optional(),
});

function describeSnatTableEntries(ctx: ActionContext) {
  const p = parseParams(describeSnatTableEntriesParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.SnatTableId === undefined && p.NatGatewayId === undefined)
    throw missingParameter('One of SnatTableId or NatGatewayId is mandatory for this action.');
  if (p.SnatTableId !== undefined)
    requireNatByTable(ctx.store, p.RegionId, 'SnatTableId', p.SnatTableId);
  const rows = ctx.store
    .table<SnatEntryRecord>(p.RegionId, SNAT_KIND)
    .list()
    .filter(
      (e) =>
        (p.SnatTableId === undefined || e.SnatTableId === p.SnatTableId) &&
        (p.NatGatewayId === undefined || e.NatGatewayId === p.NatGatewayId) &&
        (p.SnatEntryId === undefined || e.id === p.SnatEntryId) &&
        (p.SnatEntryName === undefined || e.SnatEntryName === p.SnatEntryName) &&
        (p.SnatIp === undefined || snatIps(e).includes(p.SnatIp)) &&
        (p.SourceCIDR === undefined || e.SourceCIDR === p.SourceCIDR) &&
        (p.SourceVSwitchId === undefined || e.SourceVSwitchId === p.SourceVSwitchId) &&
        (!p.NetworkInterfaceIds?.length || p.NetworkInterfaceIds.includes(e.NetworkInterfaceId)),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    SnatTableEntries: {
      SnatTableEntry: page.items.map((e) => ({
        SnatEntryId: e.id,
        SnatTableId: e.SnatTableId,
        NatGatewayId: e.NatGatewayId,
        SnatEntryName: e.SnatEntryName,
        SnatIp: e.SnatIp,
        SourceCIDR: e.SourceCIDR,
        SourceVSwitchId: e.SourceVSwitchId,
        NetworkInterfaceId: e.NetworkInterfaceId,
        // A string in Describe, an int on create (REFERENCE §3.2).
        EipAffinity: String(e.EipAffinity),
        Status: e.Status,
      })),
    },
  };
}

const deleteSnatEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SnatTableId: z.string(),
  SnatEntryId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteSnatEntry(ctx: ActionContext) {
  const p = parseParams(deleteSnatEntryParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByTable(ctx.store, p.RegionId, 'SnatTableId', p.SnatTableId);
  startEntryDelete(
    ctx,
    nat,
    snatEntriesOf(ctx.store, p.RegionId, nat.id),
    p.SnatEntryId,
    SNAT_KIND,
    { notFound: invalidSnatEntryIdNotFound, busy: incorretSnatEntryStatus },
  );
  return {};
}

/** SNAT entries (REFERENCE §3.2, lifecycle §4.2). */
export const snatEntryResource: ResourceModule = {
  name: 'snat-entry',
  handlers: {
    CreateSnatEntry: createSnatEntry,
    DescribeSnatTableEntries: describeSnatTableEntries,
    DeleteSnatEntry: deleteSnatEntry,
    ModifySnatEntry: modifySnatEntry,
  },
};
