import { z } from 'zod';
import {
  dnatQuotaExceed,
  dryRunOperation,
  externalIpUsedInSnatTable,
  forwardEntryDuplicated,
  incorrectStatusNatgw,
  incorretForwardEntryStatus,
  internalIpOutOfVpcCidr,
  invalidExternalIpNotFound,
  invalidExternalPortMalformed,
  invalidForwardEntryIdNotFound,
  invalidInternalIpMalformed,
  invalidInternalPortMalformed,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { usableIpsOfNat } from './eip.model.ts';
import { describeForwardTableEntries } from './forward-entry.describe.ts';
import {
  DNAT_KIND,
  DNAT_PROTOCOLS,
  forwardEntriesOf,
  snatEntriesOf,
  snatIps,
  startEntryDelete,
} from './nat-entry.model.ts';
import type { ForwardEntryRecord } from './nat-entry.model.ts';
import { requireNatByTable } from './nat-gateway.model.ts';
import { cidrContains, VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';

/** DNAT entries per table (documented max 100, REFERENCE §5.4). */
export const DNAT_PER_TABLE = 100;

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
  const anyPorts = p.ExternalPort.toLowerCase() === 'any' && p.InternalPort.toLowerCase() === 'any';
  // Any ⇒ ports are Any too: a full IP mapping.
  if ((p.IpProtocol === 'Any') !== anyPorts)
    throw invalidExternalPortMalformed(
      'IpProtocol Any requires ExternalPort and InternalPort Any, and only then.',
    );
  if (!anyPorts && portSpan(p.ExternalPort) !== portSpan(p.InternalPort))
    throw invalidInternalPortMalformed(
      'ExternalPort and InternalPort ranges must have the same size.',
    );
  if (p.ExternalIp === p.InternalIp)
    throw invalidInternalIpMalformed('InternalIp must differ from ExternalIp.');
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  if (
    nat.NetworkType === 'internet' &&
    !usableIpsOfNat(ctx.store, p.RegionId, nat.id).has(p.ExternalIp)
  )
    throw invalidExternalIpNotFound(p.ExternalIp);
  const vpc = ctx.store.table<VpcRecord>(p.RegionId, VPC_KIND).get(nat.VpcId);
  if (vpc && !cidrContains(vpc.CidrBlock, p.InternalIp))
    throw internalIpOutOfVpcCidr(p.InternalIp, vpc.id, vpc.CidrBlock);
  const existing = forwardEntriesOf(ctx.store, p.RegionId, nat.id);
  if (
    p.IpProtocol === 'Any' &&
    snatEntriesOf(ctx.store, p.RegionId, nat.id).some((e) => snatIps(e).includes(p.ExternalIp))
  )
    throw externalIpUsedInSnatTable(p.ExternalIp);
  // (ExternalIp, ExternalPort, IpProtocol) and (InternalIp, InternalPort, IpProtocol) are unique (§4.2).
  const clash = existing.find(
    (e) =>
      e.IpProtocol === p.IpProtocol &&
      ((e.ExternalIp === p.ExternalIp && e.ExternalPort === p.ExternalPort) ||
        (e.InternalIp === p.InternalIp && e.InternalPort === p.InternalPort)),
  );
  if (clash) throw forwardEntryDuplicated(`The mapping duplicates DNAT entry ${clash.id}.`);
  if (
    existing.some(
      (e) => e.ExternalIp === p.ExternalIp && (e.IpProtocol === 'Any' || p.IpProtocol === 'Any'),
    )
  )
    throw forwardEntryDuplicated(`ExternalIp ${p.ExternalIp} is used by an IP mapping.`);
  if (existing.length >= DNAT_PER_TABLE) throw dnatQuotaExceed(DNAT_PER_TABLE);
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
  },
};
