import { z } from 'zod';
import {
  dryRunOperation,
  incorrectStatusNatGateway,
  missingAccessTarget,
  missingParameter,
  natIpNotOfGateway,
  nextTokenMalformed,
  operationConflict,
} from '../errors.ts';
import { tokenPage } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import {
  checkFullNatKeyFree,
  FULLNAT_KIND,
  fullNatEntriesOf,
  renderFullNatEntry,
  requireNatByFullNatTable,
  requireSettledFullNatEntry,
} from './fullnat-entry.model.ts';
import type { FullNatEntryRecord } from './fullnat-entry.model.ts';
import { vpcNatText } from './nat-ip-cidr.handlers.ts';
import { usableIpsOf } from './nat-ip.model.ts';
import { isoSeconds, requireNat } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';

// Ports are strings in every FULLNAT action (§4.9); checked as 1–65535 and kept as sent.
const port = () => v.int({ min: 1, max: 65535 }).transform(String);

const fields = {
  ...ownerParams,
  RegionId: z.string(),
  FullNatTableId: z.string(),
  FullNatEntryName: vpcNatText.name(),
  FullNatEntryDescription: vpcNatText.description(),
  IpProtocol: v.oneOf(['TCP', 'UDP'] as const, { ci: true }),
  NatIp: v.ipv4('InvalidParameter.NatIp.Malformed'),
  NatIpPort: port().optional(),
  AccessIp: v.ipv4('InvalidParameter.AccessIp.Malformed').optional(),
  AccessDomain: z.string().min(1).optional(),
  AccessPort: port(),
  // [emulator choice]: the emulator has no ENIs; any `eni-` id stands for a reverse endpoint.
  NetworkInterfaceId: v.str({ pattern: /^eni-/, code: 'InvalidParameter.NetworkInterfaceId' }),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
};
const createParams = paramsSchema(fields);
const modifyParams = paramsSchema({
  ...fields,
  FullNatEntryId: z.string(),
  IpProtocol: fields.IpProtocol.optional(),
  NatIp: fields.NatIp.optional(),
  AccessPort: fields.AccessPort.optional(),
  NetworkInterfaceId: fields.NetworkInterfaceId.optional(),
});

function checkTable(ctx: ActionContext, regionId: string, tableId: string): NatGatewayRecord {
  const nat = requireNatByFullNatTable(ctx.store, regionId, tableId);
  if (nat.Status !== 'Available') throw incorrectStatusNatGateway(nat.id);
  // "No concurrent adds in one NAT gateway" (§4.9).
  if (fullNatEntriesOf(ctx.store, nat).some((e) => e.Status === 'Pending'))
    throw operationConflict();
  return nat;
}

function settle(ctx: ActionContext, entry: FullNatEntryRecord): void {
  entry.Status = 'Pending';
  ctx.lifecycle.schedule({
    regionId: entry.regionId,
    kind: FULLNAT_KIND,
    resourceId: entry.id,
    duration: 'dnat',
    set: { Status: 'Available' },
  });
}

function createFullNatEntry(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = checkTable(ctx, p.RegionId, p.FullNatTableId);
  if (p.AccessIp === undefined && p.AccessDomain === undefined) throw missingAccessTarget();
  if (!usableIpsOf(ctx.store, nat).has(p.NatIp)) throw natIpNotOfGateway(p.NatIp, nat.id);
  const entry: FullNatEntryRecord = {
    id: '',
    regionId: p.RegionId,
    tags: [],
    NatGatewayId: nat.id,
    FullNatTableId: p.FullNatTableId,
    FullNatEntryName: p.FullNatEntryName ?? '',
    FullNatEntryDescription: p.FullNatEntryDescription ?? '',
    IpProtocol: p.IpProtocol,
    NatIp: p.NatIp,
    NatIpPort: p.NatIpPort ?? '',
    AccessIp: p.AccessIp ?? '',
    AccessDomain: p.AccessDomain ?? '',
    AccessPort: p.AccessPort,
    NetworkInterfaceId: p.NetworkInterfaceId,
    Status: 'Pending',
    CreationTime: isoSeconds(ctx.now),
  };
  checkFullNatKeyFree(ctx.store, nat, entry);
  if (p.DryRun) throw dryRunOperation();
  entry.id = ctx.newId('fullnat', p.RegionId);
  ctx.store.table<FullNatEntryRecord>(p.RegionId, FULLNAT_KIND).put(entry);
  settle(ctx, entry);
  return { FullNatEntryId: entry.id };
}

function modifyFullNatEntryAttribute(ctx: ActionContext) {
  const p = parseParams(modifyParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = checkTable(ctx, p.RegionId, p.FullNatTableId);
  const entry = requireSettledFullNatEntry(ctx.store, nat, p.FullNatEntryId);
  if (p.NatIp !== undefined && !usableIpsOf(ctx.store, nat).has(p.NatIp))
    throw natIpNotOfGateway(p.NatIp, nat.id);
  const next = {
    NatIp: p.NatIp ?? entry.NatIp,
    NatIpPort: p.NatIpPort ?? entry.NatIpPort,
    IpProtocol: p.IpProtocol ?? entry.IpProtocol,
  };
  checkFullNatKeyFree(ctx.store, nat, next, entry.id);
  if (p.DryRun) throw dryRunOperation();
  Object.assign(entry, next, {
    FullNatEntryName: p.FullNatEntryName ?? entry.FullNatEntryName,
    FullNatEntryDescription: p.FullNatEntryDescription ?? entry.FullNatEntryDescription,
    AccessIp: p.AccessIp ?? entry.AccessIp,
    AccessDomain: p.AccessDomain ?? entry.AccessDomain,
    AccessPort: p.AccessPort ?? entry.AccessPort,
    NetworkInterfaceId: p.NetworkInterfaceId ?? entry.NetworkInterfaceId,
  });
  // Remark: `Modifying`; the list vocabulary has `Pending` ([emulator choice], §7.5).
  settle(ctx, entry);
  return {};
}

const deleteParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  FullNatTableId: z.string(),
  FullNatEntryId: z.string(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function deleteFullNatEntry(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNatByFullNatTable(ctx.store, p.RegionId, p.FullNatTableId);
  const entry = requireSettledFullNatEntry(ctx.store, nat, p.FullNatEntryId);
  if (p.DryRun) throw dryRunOperation();
  entry.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: FULLNAT_KIND,
    resourceId: entry.id,
    duration: 'dnat',
    remove: true,
  });
  return {};
}

const listParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  FullNatTableId: z.string().optional(),
  NatGatewayId: z.string().optional(),
  FullNatEntryId: z.string().optional(),
  FullNatEntryNames: v.list(z.string(), 20).optional(),
  NetworkInterfaceIds: v.list(z.string(), 20).optional(),
  IpProtocol: v.oneOf(['TCP', 'UDP'] as const, { ci: true }).optional(),
  NatIp: z.string().optional(),
  NatIpPort: z.string().optional(),
  MaxResults: v.int({ min: 1, max: 100 }).optional(),
  NextToken: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

function listFullNatEntries(ctx: ActionContext) {
  const p = parseParams(listParams, ctx.params);
  requireRegion(p.RegionId);
  // At least one of FullNatTableId / NatGatewayId (§4.9).
  const nat = p.FullNatTableId
    ? requireNatByFullNatTable(ctx.store, p.RegionId, p.FullNatTableId)
    : p.NatGatewayId
      ? requireNat(ctx.store, p.RegionId, p.NatGatewayId)
      : undefined;
  if (!nat) throw missingParameter('One of FullNatTableId or NatGatewayId is mandatory.');
  const rows = fullNatEntriesOf(ctx.store, nat).filter(
    (e) =>
      (p.FullNatEntryId === undefined || e.id === p.FullNatEntryId) &&
      (!p.FullNatEntryNames?.length || p.FullNatEntryNames.includes(e.FullNatEntryName)) &&
      (!p.NetworkInterfaceIds?.length || p.NetworkInterfaceIds.includes(e.NetworkInterfaceId)) &&
      (p.IpProtocol === undefined || e.IpProtocol === p.IpProtocol) &&
      (p.NatIp === undefined || e.NatIp === p.NatIp) &&
      (p.NatIpPort === undefined || e.NatIpPort === p.NatIpPort),
  );
  const page = tokenPage(rows, p, nextTokenMalformed);
  return {
    FullNatEntries: page.items.map(renderFullNatEntry),
    FullNatTableId: nat.FullNatTableId,
    NatGatewayId: nat.id,
    MaxResults: p.MaxResults ?? 20,
    NextToken: page.NextToken,
    // An int here, unlike ListNatIps (§0.3).
    TotalCount: rows.length,
  };
}

/** FULLNAT entry actions (REFERENCE-2 §4.9, lifecycle §7.5). */
export const fullNatEntryHandlers: Record<string, ActionHandler> = {
  CreateFullNatEntry: createFullNatEntry,
  ModifyFullNatEntryAttribute: modifyFullNatEntryAttribute,
  DeleteFullNatEntry: deleteFullNatEntry,
  ListFullNatEntries: listFullNatEntries,
};
