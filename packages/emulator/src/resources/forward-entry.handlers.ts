import { z } from 'zod';
import {
  dryRunOperation,
  incorretForwardEntryStatus,
  invalidForwardEntryIdNotFound,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { describeForwardTableEntries } from './forward-entry.describe.ts';
import { checkNewForwardEntry, portParam } from './forward-entry.model.ts';
import {
  DNAT_KIND,
  DNAT_PROTOCOLS,
  forwardEntriesOf,
  startEntryDelete,
} from './nat-entry.model.ts';
import type { ForwardEntryRecord } from './nat-entry.model.ts';
import { modifyForwardEntry } from './nat-entry.modify.ts';
import { requireNatByTable } from './nat-gateway.model.ts';

const createForwardEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ForwardTableId: z.string(),
  ExternalIp: v.ipv4('InvalidExternalIp.Malformed'),
  ExternalPort: portParam('InvalidExternalPort.Malformed'),
  InternalIp: v.ipv4('InvalidInternalIp.Malformed'),
  InternalPort: portParam('InvalidInternalPort.Malformed'),
  // Create takes TCP/UDP/Any; accepted case-insensitively (REFERENCE §7 on IpProtocol case).
  IpProtocol: v.oneOf(DNAT_PROTOCOLS, { ci: true, code: 'InvalidProtocal.ValueNotSupported' }),
  ForwardEntryName: v
    .name({ min: 2, max: 128, code: 'InvalidParameter.Name.Malformed' })
    .optional(),
  PortBreak: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function createForwardEntry(ctx: ActionContext) {
  const p = parseParams(createForwardEntryParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByTable(ctx.store, p.RegionId, 'ForwardTableId', p.ForwardTableId);
  const anyPorts = checkNewForwardEntry(ctx.store, nat, p);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('fwd', p.RegionId);
  const entry: ForwardEntryRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    ForwardTableId: p.ForwardTableId,
    NatGatewayId: nat.id,
    ForwardEntryName: p.ForwardEntryName ?? '',
    ExternalIp: p.ExternalIp,
    ExternalPort: anyPorts ? 'Any' : p.ExternalPort,
    InternalIp: p.InternalIp,
    InternalPort: anyPorts ? 'Any' : p.InternalPort,
    IpProtocol: p.IpProtocol,
    PortBreak: p.PortBreak ?? false,
    Status: 'Pending',
  };
  ctx.store.table<ForwardEntryRecord>(p.RegionId, DNAT_KIND).put(entry);
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: DNAT_KIND,
    resourceId: id,
    duration: 'dnat',
    set: { Status: 'Available' },
  });
  return { ForwardEntryId: id };
}

const deleteForwardEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ForwardTableId: z.string(),
  ForwardEntryId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteForwardEntry(ctx: ActionContext) {
  const p = parseParams(deleteForwardEntryParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByTable(ctx.store, p.RegionId, 'ForwardTableId', p.ForwardTableId);
  startEntryDelete(
    ctx,
    nat,
    forwardEntriesOf(ctx.store, p.RegionId, nat.id),
    p.ForwardEntryId,
    DNAT_KIND,
    { notFound: invalidForwardEntryIdNotFound, busy: incorretForwardEntryStatus },
  );
  return {};
}

/** DNAT (forward) entries (REFERENCE §3.2, lifecycle §4.2). */
export const forwardEntryResource: ResourceModule = {
  name: 'forward-entry',
  handlers: {
    CreateForwardEntry: createForwardEntry,
    DescribeForwardTableEntries: describeForwardTableEntries,
    DeleteForwardEntry: deleteForwardEntry,
    ModifyForwardEntry: modifyForwardEntry,
  },
};
