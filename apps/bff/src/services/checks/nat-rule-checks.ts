import { DEFAULT_CHECK_SETTINGS } from './check-settings.ts';
import type { GatewayCheck } from './gateway-check.ts';

/** The risky ports a DNAT external port (`22`, `1000/2000` or `Any`) exposes. */
export function riskyPortsOf(externalPort: string, risky: readonly number[]): number[] {
  if (externalPort === 'Any') return [...risky];
  const [from, to] = externalPort.split('/').map(Number);
  const end = to ?? from;
  if (from === undefined || end === undefined || Number.isNaN(from) || Number.isNaN(end)) return [];
  return risky.filter((p) => p >= from && p <= end);
}

/** InfraGuard `nat-risk-ports-check`: a DNAT entry publishes a well-known risky port. */
export const natDnatRiskyPortCheck: GatewayCheck = {
  id: 'nat-dnat-risky-port',
  severity: 'high',
  explanation:
    'A DNAT entry maps a risky port (remote login, file sharing, databases, alternate HTTP) from the internet to an instance.',
  fix: 'Delete the DNAT entry or move the service behind a bastion host, VPN or load balancer with access control.',
  run(item, _now, settings = DEFAULT_CHECK_SETTINGS) {
    const entries = item.details.dnatEntries;
    if (item.type !== 'nat' || item.details.networkType === 'intranet' || !entries)
      return undefined;
    const hits = entries.flatMap((e) => {
      const ports = riskyPortsOf(e.externalPort, settings.riskyPorts);
      return ports.length ? [{ e, ports }] : [];
    });
    if (hits.length === 0) return undefined;
    return {
      count: hits.length,
      entries: hits
        .map(({ e }) => `${e.id} ${e.externalIp}:${e.externalPort}→${e.internalIp}`)
        .join(', '),
      ports: [...new Set(hits.flatMap((h) => h.ports))].sort((a, b) => a - b).join(', '),
    };
  },
};

/** An EIP no SNAT or DNAT entry uses is billed and idle (when the gateway has some rules). */
export const natEipUnusedCheck: GatewayCheck = {
  id: 'nat-eip-unused',
  severity: 'low',
  explanation: 'EIPs are bound to the NAT gateway but no SNAT or DNAT entry uses them.',
  fix: 'Use the EIPs in an SNAT or DNAT entry, or unbind and release them.',
  run(item) {
    const { eips, snatEntries, dnatEntries } = item.details;
    if (item.type !== 'nat' || !eips || !snatEntries || !dnatEntries) return undefined;
    // No rules at all is nat-eips-no-rules' finding; this one is about some EIPs left out.
    if (snatEntries.length + dnatEntries.length === 0) return undefined;
    const used = new Set([
      ...snatEntries.flatMap((e) => e.snatIps),
      ...dnatEntries.map((e) => e.externalIp),
    ]);
    const idle = eips.filter((e) => !used.has(e.ipAddress));
    if (idle.length === 0) return undefined;
    return {
      count: idle.length,
      eips: idle.map((e) => `${e.ipAddress} (${e.allocationId})`).join(', '),
    };
  },
};

/** An SNAT entry over EIPs of different peak bandwidths gives connections uneven capacity. */
export const natSnatMixedBandwidthCheck: GatewayCheck = {
  id: 'nat-snat-mixed-bandwidth',
  severity: 'medium',
  explanation:
    'An SNAT entry uses several EIPs with different peak bandwidths: connections hashed to the smaller EIP are throttled first.',
  fix: 'Give the EIPs of the entry the same peak bandwidth, or add them to an EIP bandwidth plan.',
  run(item) {
    const { eips, snatEntries } = item.details;
    if (item.type !== 'nat' || !eips || !snatEntries) return undefined;
    const bw = new Map(eips.map((e) => [e.ipAddress, e.bandwidth]));
    const mixed = snatEntries.flatMap((e) => {
      const values = new Set(e.snatIps.map((ip) => bw.get(ip)).filter((b) => b != null));
      return e.snatIps.length > 1 && values.size > 1 ? [{ id: e.id, values: [...values] }] : [];
    });
    if (mixed.length === 0) return undefined;
    return {
      count: mixed.length,
      entries: mixed.map((m) => `${m.id} (${m.values.join('/')} Mbit/s)`).join(', '),
    };
  },
};

/** A NAT gateway in a VPC outside the deployment's allowed list (configured in the rule set). */
export const natVpcNotAllowedCheck: GatewayCheck = {
  id: 'nat-vpc-not-allowed',
  severity: 'medium',
  explanation: 'The NAT gateway is in a VPC that is not on the allowed list of this deployment.',
  fix: 'Delete the gateway or move the workload into an allowed VPC, or add the VPC to the rule set.',
  run(item, _now, settings = DEFAULT_CHECK_SETTINGS) {
    const allowed = settings.allowedVpcIds;
    if (item.type !== 'nat' || allowed === null || allowed.includes(item.vpcId)) return undefined;
    return { vpcId: item.vpcId };
  },
};
