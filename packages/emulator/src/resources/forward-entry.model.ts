import { z } from 'zod';
import {
  dnatQuotaExceed,
  externalIpUsedInSnatTable,
  forwardEntryDuplicated,
  incorrectStatusNatgw,
  internalIpOutOfVpcCidr,
  invalidExternalIpNotFound,
  invalidExternalPortMalformed,
  invalidInternalIpMalformed,
  invalidInternalPortMalformed,
} from '../errors.ts';
import type { Store } from '../store.ts';
import { usableIpsOf } from './nat-ip.model.ts';
import { forwardEntriesOf, snatEntriesOf, snatIps } from './nat-entry.model.ts';
import type { ForwardEntryRecord } from './nat-entry.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { cidrContains, VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';

// The business rules of DNAT (forward) entries (REFERENCE §3.2 CreateForwardEntry, §4.2).

/** DNAT entries per table (documented max 100, REFERENCE §5.4). */
export const DNAT_PER_TABLE = 100;

const portSpan = (port: string): number => {
  const [a, b] = port.split('/');
  return b === undefined ? 1 : Number(b) - Number(a) + 1;
};

/** A port `1`–`65535`, a range `a/b`, or `Any` (REFERENCE §3.2 CreateForwardEntry). */
export function portParam(code: string) {
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

/** The mapping CreateForwardEntry asks for. */
export interface DnatMapping {
  ExternalIp: string;
  ExternalPort: string;
  InternalIp: string;
  InternalPort: string;
  IpProtocol: ForwardEntryRecord['IpProtocol'];
}

/**
 * Checks a new mapping against the gateway, its VPC and its tables; true for a full IP mapping.
 * @param selfId the entry being modified, left out of the uniqueness and quota checks
 */
export function checkNewForwardEntry(
  store: Store,
  nat: NatGatewayRecord,
  m: DnatMapping,
  selfId?: string,
): boolean {
  const anyPorts = m.ExternalPort.toLowerCase() === 'any' && m.InternalPort.toLowerCase() === 'any';
  // Any ⇒ ports are Any too: a full IP mapping.
  if ((m.IpProtocol === 'Any') !== anyPorts)
    throw invalidExternalPortMalformed(
      'IpProtocol Any requires ExternalPort and InternalPort Any, and only then.',
    );
  if (!anyPorts && portSpan(m.ExternalPort) !== portSpan(m.InternalPort))
    throw invalidInternalPortMalformed(
      'ExternalPort and InternalPort ranges must have the same size.',
    );
  if (m.ExternalIp === m.InternalIp)
    throw invalidInternalIpMalformed('InternalIp must differ from ExternalIm.');
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  if (!usableIpsOf(store, nat).has(m.ExternalIp)) throw invalidExternalIpNotFound(m.ExternalIp);
  const vpc = store.table<VpcRecord>(nat.regionId, VPC_KIND).get(nat.VpcId);
  if (vpc && !cidrContains(vpc.CidrBlock, m.InternalIp))
    throw internalIpOutOfVpcCidr(m.InternalIp, vpc.id, vpc.CidrBlock);
  const existing = forwardEntriesOf(store, nat.regionId, nat.id).filter((e) => e.id !== selfId);
  if (
    m.IpProtocol === 'Any' &&
    snatEntriesOf(store, nat.regionId, nat.id).some((e) => snatIps(e).includes(m.ExternalIp))
  )
    throw externalIpUsedInSnatTable(m.ExternalIp);
  // (ExternalIp, ExternalPort, IpProtocol) and (InternalIp, InternalPort, IpProtocol) are unique (§4.2).
  const clash = existing.find(
    (e) =>
      e.IpProtocol === m.IpProtocol &&
      ((e.ExternalIp === m.ExternalIp && e.ExternalPort === m.ExternalPort) ||
        (e.InternalIp === m.InternalIp && e.InternalPort === m.InternalPort)),
  );
  if (clash) throw forwardEntryDuplicated(`The mapping duplicates DNAT entry ${clash.id}.`);
  if (
    existing.some(
      (e) => e.ExternalIp === m.ExternalIp && (e.IpProtocol === 'Any' || m.IpProtocol === 'Any'),
    )
  )
    throw forwardEntryDuplicated(`ExternalIp ${m.ExternalIp} is used by an IP mapping.`);
  if (existing.length >= DNAT_PER_TABLE) throw dnatQuotaExceed(DNAT_PER_TABLE);
  return anyPorts;
}
