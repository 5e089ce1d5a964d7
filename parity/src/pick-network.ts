import type { ScenarioSession } from './session.ts';

/** The VPC and vSwitches the scenario builds in, chosen from what the account has. */
export interface Network {
  vpcId: string;
  /** Two vSwitches in two zones (a dual-tunnel VPN gateway needs both). */
  vswitchIds: [string, string];
  /** A private address inside the first vSwitch (a DNAT entry's internal IP must be in the VPC). */
  internalIp: string;
  /** A VPC with IPv6 on and no IPv6 gateway yet, if the account has one. */
  ipv6VpcId?: string;
}

interface VSwitch {
  VSwitchId: string;
  VpcId: string;
  ZoneId: string;
  CidrBlock: string;
}

/** The 10th address of an IPv4 CIDR block (`192.168.0.0/24` → `192.168.0.10`). */
export function hostIn(cidr: string): string {
  const [base = '', bits = '32'] = cidr.split('/');
  const n = base.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(bits));
  const host = n + Math.min(10, Math.max(0, size - 2));
  return [24, 16, 8, 0].map((shift) => Math.floor(host / 2 ** shift) % 256).join('.');
}

interface Vpc {
  VpcId: string;
  EnabledIpv6?: boolean;
  Ipv6CidrBlock?: string;
}

/**
 * Picks where to build, preferring what the user named (`--vpc`, `--vswitch`): else the first
 * VPC with vSwitches in two zones. Lookups keep only their field set in the recording.
 */
export async function pickNetwork(
  run: ScenarioSession,
  wanted: { vpcId?: string; vswitchIds?: string[] },
): Promise<Network> {
  const region = { RegionId: run.regionId };
  const vpcs = (await run.lookup('network.vpcs', 'DescribeVpcs', { ...region, PageSize: '50' }))
    .body as { Vpcs?: { Vpc?: Vpc[] } };
  const vswitches = (
    await run.lookup('network.vswitches', 'DescribeVSwitches', { ...region, PageSize: '50' })
  ).body as { VSwitches?: { VSwitch?: VSwitch[] } };
  const all = vswitches.VSwitches?.VSwitch ?? [];
  const candidates = wanted.vpcId ? [wanted.vpcId] : (vpcs.Vpcs?.Vpc ?? []).map((v) => v.VpcId);
  for (const vpcId of candidates) {
    const mine = all.filter((s) => s.VpcId === vpcId);
    const chosen = wanted.vswitchIds?.length
      ? mine.filter((s) => wanted.vswitchIds?.includes(s.VSwitchId))
      : mine;
    const first = chosen[0];
    const second = chosen.find((s) => first && s.ZoneId !== first.ZoneId);
    if (first && second) {
      const ipv6 = await ipv6Vpc(run, vpcs.Vpcs?.Vpc ?? []);
      return {
        vpcId,
        vswitchIds: [first.VSwitchId, second.VSwitchId],
        internalIp: hostIn(first.CidrBlock),
        ...(ipv6 ? { ipv6VpcId: ipv6 } : {}),
      };
    }
  }
  throw new Error(
    `no VPC in ${run.regionId} has vSwitches in two zones: create one, or name it with --vpc and --vswitch`,
  );
}

async function ipv6Vpc(run: ScenarioSession, vpcs: Vpc[]): Promise<string | undefined> {
  const gateways = (
    await run.lookup('network.ipv6-gateways', 'DescribeIpv6Gateways', {
      RegionId: run.regionId,
      PageSize: '50',
    })
  ).body as { Ipv6Gateways?: { Ipv6Gateway?: { VpcId: string }[] } };
  const taken = new Set((gateways.Ipv6Gateways?.Ipv6Gateway ?? []).map((g) => g.VpcId));
  return vpcs.find((v) => v.EnabledIpv6 && v.Ipv6CidrBlock && !taken.has(v.VpcId))?.VpcId;
}
