import { z } from 'zod';
import { ApiError } from '../api-error.ts';
import {
  dryRunOperation,
  incorrectStatusNatgw,
  incorretForwardEntryStatus,
  invalidExternalIpNotFound,
  invalidForwardEntryIdNotFound,
  invalidForwardTableIdNotFound,
  missingParameter,
} from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { usableIpsOfNat } from './eip.model.ts';
import { DNAT_KIND, forwardEntriesOf, snatEntriesOf, snatIps } from './nat-entry.model.ts';
import type { ForwardEntryRecord } from './nat-entry.model.ts';
import { natByTable } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { cidrContains, VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';

/** DNAT entries per table (documented max 100, REFERENCE §5.4). */
export const DNAT_PER_TABLE = 100;

const PROTOCOLS = ['TCP', 'UDP', 'Any'] as const;

function requireTable(store: Store, regionId: string, tableId: string): NatGatewayRecord {
  const nat = natByTable(store, regionId, 'ForwardTableId', tableId);
  if (!nat) throw invalidForwardTableIdNotFound(tableId);
  return nat;
}

/** A port `1`–`65535`, a range `a/b`, or `Any` (REFERENCE §3.2 CreateForwardEntry). */
function portParam(code: string) {
  return z.string().superRefine((s, ctx) => {
    if (s.toLowerCase() === 'any') return;
    const parts = s.split('/');
    const ok =
      parts.length <= 2 &&
      parts.every((x) => /^\d{1,5}$/.test(x) && Number(x) >= 1 && Number(x) <= 65535) &&
      (parts.length === 1 || Number(parts[0]) < Number(parts[1]));
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        message: `"${s}" is not a port 1-65535, a range a/b or Any`,
        params: { apiCode: code },
      });
  });
}

const portSpan = (port: string): number => {
  const [a, b] = port.split('/');
  return b === undefined ? 1 : Number(b) - Number(a) + 1;
};

const createForwardEntryParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ForwardTableId: z.string(),
  ExternalIp: v.ipv4('InvalidExternalIp.Malformed'),
  ExternalPort: portParam('InvalidExternalPort.Malformed'),
  InternalIp: v.ipv4('InvalidInternalIp.Malformed'),
  InternalPort: portParam('InvalidInternalPort.Malformed'),
  // Create takes TCP/UDP/Any; accepted case-insensitively (REFERENCE §7 on IpProtocol case).
  IpProtocol: v.oneOf(PROTOCOLS, { ci: true, code: 'InvalidProtocal.ValueNotSupported' }),
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
  const nat = requireTable(ctx.store, p.RegionId, p.ForwardTableId);
  const anyPorts = p.ExternalPort.toLowerCase() === 'any' && p.InternalPort.toLowerCase() === 'any';
  // Any ⇒ ports are Any too: a full IP mapping.
  if ((p.IpProtocol === 'Any') !== anyPorts)
    throw new ApiError(
      400,
      'InvalidExternalPort.Malformed',
      'IpProtocol Any requires ExternalPort and InternalPort Any, and only then.',
    );
  if (!anyPorts && portSpan(p.ExternalPort) !== portSpan(p.InternalPort))
    throw new ApiError(
      400,
      'InvalidInternalPort.Malformed',
      'ExternalPort and InternalPort ranges must have the same size.',
    );
  if (p.ExternalIp === p.InternalIp)
    throw new ApiError(
      400,
      'InvalidInternalIp.Malformed',
      'InternalIp must differ from ExternalIp.',
    );
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  if (
    nat.NetworkType === 'internet' &&
    !usableIpsOfNat(ctx.store, p.RegionId, nat.id).has(p.ExternalIp)
  )
    throw invalidExternalIpNotFound(p.ExternalIp);
  const vpc = ctx.store.table<VpcRecord>(p.RegionId, VPC_KIND).get(nat.VpcId);
  if (vpc && !cidrContains(vpc.CidrBlock, p.InternalIp))
    throw new ApiError(
      400,
      'Forbidden.InternalIpOutOfVpcCIDR',
      `InternalIp ${p.InternalIp} is outside VPC ${vpc.id} (${vpc.CidrBlock}).`,
    );
  const existing = forwardEntriesOf(ctx.store, p.RegionId, nat.id);
  if (
    p.IpProtocol === 'Any' &&
    snatEntriesOf(ctx.store, p.RegionId, nat.id).some((e) => snatIps(e).includes(p.ExternalIp))
  )
    throw new ApiError(
      400,
      'Forbidden.ExternalIp.UsedInSnatTable',
      `ExternalIp ${p.ExternalIp} is used by an SNAT entry.`,
    );
  // (ExternalIp, ExternalPort, IpProtocol) and (InternalIp, InternalPort, IpProtocol) are unique (§4.2).
  const clash = existing.find(
    (e) =>
      e.IpProtocol === p.IpProtocol &&
      ((e.ExternalIp === p.ExternalIp && e.ExternalPort === p.ExternalPort) ||
        (e.InternalIp === p.InternalIp && e.InternalPort === p.InternalPort)),
  );
  if (clash)
    throw new ApiError(
      400,
      'Forbidden.ForwardEntry.Duplicated',
      `The mapping duplicates DNAT entry ${clash.id}.`,
    );
  if (
    existing.some(
      (e) => e.ExternalIp === p.ExternalIp && (e.IpProtocol === 'Any' || p.IpProtocol === 'Any'),
    )
  )
    throw new ApiError(
      400,
      'Forbidden.ForwardEntry.Duplicated',
      `ExternalIp ${p.ExternalIp} is used by an IP mapping.`,
    );
  if (existing.length >= DNAT_PER_TABLE)
    throw new ApiError(
      400,
      'OperationFailed.DnatQuotaExceed',
      `A DNAT table holds at most ${DNAT_PER_TABLE} entries.`,
    );
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
  IpProtocol: v.oneOf(PROTOCOLS, { ci: true }).optional(),
});

function describeForwardTableEntries(ctx: ActionContext) {
  const p = parseParams(describeForwardTableEntriesParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.ForwardTableId === undefined && p.NatGatewayId === undefined)
    throw missingParameter('One of ForwardTableId or NatGatewayId is mandatory for this action.');
  if (p.ForwardTableId !== undefined) requireTable(ctx.store, p.RegionId, p.ForwardTableId);
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
  const nat = requireTable(ctx.store, p.RegionId, p.ForwardTableId);
  const entries = forwardEntriesOf(ctx.store, p.RegionId, nat.id);
  const entry = entries.find((e) => e.id === p.ForwardEntryId);
  if (!entry) throw invalidForwardEntryIdNotFound(p.ForwardEntryId);
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  // Refused while any entry of the table is Pending (REFERENCE §4.2; sic "Incorret").
  const busy =
    entries.find((e) => e.Status === 'Pending') ??
    (entry.Status === 'Deleting' ? entry : undefined);
  if (busy) throw incorretForwardEntryStatus(busy.id);
  entry.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: DNAT_KIND,
    resourceId: entry.id,
    duration: 'dnat',
    remove: true,
  });
  return {};
}

/** DNAT (forward) entries (REFERENCE §3.2, lifecycle §4.2). */
export const forwardEntryResource: ResourceModule = {
  name: 'forward-entry',
  handlers: {
    CreateForwardEntry: createForwardEntry,
    DescribeForwardTableEntries: describeForwardTableEntries,
    DeleteForwardEntry: deleteForwardEntry,
  },
};
