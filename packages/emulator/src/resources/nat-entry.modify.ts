import { z } from 'zod';
import {
  dryRunOperation,
  incorrectStatusNatgw,
  incorretForwardEntryStatus,
  incorretSnatEntryStatus,
  invalidForwardEntryIdNotFound,
  invalidParameter,
  invalidSnatEntryIdNotFound,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { checkNewForwardEntry, portParam } from './forward-entry.model.ts';
import {
  DNAT_KIND,
  DNAT_PROTOCOLS,
  forwardEntriesOf,
  SNAT_KIND,
  snatEntriesOf,
} from './nat-entry.model.ts';
import { requireNatByTable } from './nat-gateway.model.ts';
import { checkSnatIps } from './snat-entry.model.ts';

// ModifySnatEntry / ModifyForwardEntry (REFERENCE-2 §4.1, §4.2): the entry goes Pending →
// Available (§7.5, sheet 1's vocabulary) with the new values visible at once.

const entryName = v.name({ min: 2, max: 128, code: 'InvalidParameter.Name.Malformed' });

const modifySnatEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SnatTableId: z.string(),
  SnatEntryId: z.string(),
  SnatEntryName: entryName.optional(),
  SnatIp: z.string().optional(),
  NetworkInterfaceId: z.string().optional(),
  EipAffinity: v.int({ min: 0, max: 1 }).optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

/** ModifySnatEntry: name, SNAT IPs and EIP affinity; SourceCIDR/SourceVSwitchId never change. */
export function modifySnatEntry(ctx: ActionContext) {
  const p = parseParams(modifySnatEntryParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByTable(ctx.store, p.RegionId, 'SnatTableId', p.SnatTableId);
  const entries = snatEntriesOf(ctx.store, p.RegionId, nat.id);
  const entry = entries.find((e) => e.id === p.SnatEntryId);
  if (!entry) throw invalidSnatEntryIdNotFound(p.SnatEntryId);
  if (p.SnatIp !== undefined && p.NetworkInterfaceId !== undefined)
    throw invalidParameter('SnatIp and NetworkInterfaceId are mutually exclusive.');
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  // While any entry of the table is Pending, no entry of it can be modified (§4.1).
  const busy =
    entries.find((e) => e.Status === 'Pending') ??
    (entry.Status === 'Deleting' ? entry : undefined);
  if (busy) throw incorretSnatEntryStatus(busy.id);
  const ips = p.SnatIp !== undefined ? checkSnatIps(ctx.store, nat, p.SnatIp) : undefined;
  if (p.DryRun) throw dryRunOperation();
  if (p.SnatEntryName !== undefined) entry.SnatEntryName = p.SnatEntryName;
  if (ips) entry.SnatIp = ips.join(',');
  if (p.EipAffinity !== undefined) entry.EipAffinity = p.EipAffinity;
  if (p.NetworkInterfaceId !== undefined) entry.NetworkInterfaceId = p.NetworkInterfaceId;
  entry.Status = 'Pending';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: SNAT_KIND,
    resourceId: entry.id,
    duration: 'snat',
    set: { Status: 'Available' },
  });
  return {};
}

const modifyForwardEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ForwardTableId: z.string(),
  ForwardEntryId: z.string(),
  ForwardEntryName: entryName.optional(),
  ExternalIp: v.ipv4('InvalidExternalIp.Malformed').optional(),
  ExternalPort: portParam('InvalidExternalPort.Malformed').optional(),
  InternalIp: v.ipv4('InvalidInternalIp.Malformed').optional(),
  InternalPort: portParam('InvalidInternalPort.Malformed').optional(),
  IpProtocol: v
    .oneOf(DNAT_PROTOCOLS, { ci: true, code: 'InvalidProtocal.ValueNotSupported' })
    .optional(),
  PortBreak: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

/** ModifyForwardEntry: omitted fields keep their values; the result is checked as a new mapping. */
export function modifyForwardEntry(ctx: ActionContext) {
  const p = parseParams(modifyForwardEntryParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByTable(ctx.store, p.RegionId, 'ForwardTableId', p.ForwardTableId);
  const entry = forwardEntriesOf(ctx.store, p.RegionId, nat.id).find(
    (e) => e.id === p.ForwardEntryId,
  );
  if (!entry) throw invalidForwardEntryIdNotFound(p.ForwardEntryId);
  // "Entries in Pending or Modifying" answer the sic code (§4.2); one entry at a time.
  if (entry.Status !== 'Available') throw incorretForwardEntryStatus(entry.id);
  const next = {
    ExternalIp: p.ExternalIp ?? entry.ExternalIp,
    ExternalPort: p.ExternalPort ?? entry.ExternalPort,
    InternalIp: p.InternalIp ?? entry.InternalIp,
    InternalPort: p.InternalPort ?? entry.InternalPort,
    IpProtocol: p.IpProtocol ?? entry.IpProtocol,
  };
  const anyPorts = checkNewForwardEntry(ctx.store, nat, next, entry.id);
  if (p.DryRun) throw dryRunOperation();
  Object.assign(entry, next, {
    ExternalPort: anyPorts ? 'Any' : next.ExternalPort,
    InternalPort: anyPorts ? 'Any' : next.InternalPort,
    ForwardEntryName: p.ForwardEntryName ?? entry.ForwardEntryName,
    PortBreak: p.PortBreak ?? entry.PortBreak,
    Status: 'Pending',
  });
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: DNAT_KIND,
    resourceId: entry.id,
    duration: 'dnat',
    set: { Status: 'Available' },
  });
  return {};
}
