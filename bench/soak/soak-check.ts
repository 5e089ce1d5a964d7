// The soak's final judgement: the emulator's state (read through its admin API, which faults do
// not touch) against the intended state, and no resource twice.
import type { SoakModel } from './soak-model.ts';

type Row = Record<string, unknown>;
interface State {
  regions: Record<string, Record<string, Record<string, Row>>>;
}

/** Differences between what exists and what the soak intended; duplicates listed apart. */
export function compareState(
  state: State,
  model: SoakModel,
): { duplicates: string[]; mismatches: string[] } {
  const region = state.regions[model.regionId] ?? {};
  const rows = (kind: string) => Object.values(region[kind] ?? {});
  const duplicates: string[] = [];
  const mismatches: string[] = [];
  const sameSet = (what: string, actual: string[], intended: string[]) => {
    const a = new Set(actual);
    const i = new Set(intended);
    for (const x of a) if (!i.has(x)) mismatches.push(`${what}: unexpected ${x}`);
    for (const x of i) if (!a.has(x)) mismatches.push(`${what}: missing ${x}`);
  };
  const dupes = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) duplicates.push(`${what} ${k}`);
      seen.add(k);
    }
  };

  const gateways = rows('natGateways').filter((g) => String(g.Name).startsWith('soak-gw-'));
  // Names are unique per submission: the same name twice means a create ran twice.
  dupes(
    'gateway named',
    gateways.map((g) => String(g.Name).replace(/-renamed$/, '')),
  );
  sameSet(
    'gateways',
    gateways.map((g) => `${g.id} ${g.Name} ${g.Status}`),
    [...model.gateways.values()].map((g) => `${g.id} ${g.name} Available`),
  );
  const eips = rows('eips').filter((e) => String(e.Name).startsWith('soak-eip-'));
  dupes(
    'EIP named',
    eips.map((e) => String(e.Name)),
  );
  sameSet(
    'EIPs',
    eips.map((e) => `${e.id} ${e.Status} ${e.InstanceId || '-'}`),
    [...model.eips.values()].map(
      (e) => `${e.id} ${e.boundTo ? 'InUse' : 'Available'} ${e.boundTo ?? '-'}`,
    ),
  );
  const ours = new Set(gateways.map((g) => String(g.id)));
  const snat = rows('snatEntries').filter((s) => ours.has(String(s.NatGatewayId)));
  dupes(
    'SNAT entry for',
    snat.map((s) => `${s.NatGatewayId} ${s.SourceCIDR}`),
  );
  sameSet(
    'SNAT entries',
    snat.map((s) => `${s.NatGatewayId} ${s.id} ${s.SourceCIDR} ${s.SnatIp} ${s.Status}`),
    [...model.gateways.values()].flatMap((g) =>
      [...g.snat.values()].map((s) => `${g.id} ${s.id} ${s.cidr} ${s.ip} Available`),
    ),
  );
  const dnat = rows('forwardEntries').filter((d) => ours.has(String(d.NatGatewayId)));
  dupes(
    'DNAT entry for',
    dnat.map((d) => `${d.ExternalIp}:${d.ExternalPort}`),
  );
  sameSet(
    'DNAT entries',
    dnat.map(
      (d) =>
        `${d.NatGatewayId} ${d.id} ${d.ExternalIp}:${d.ExternalPort} ${d.InternalIp} ${d.Status}`,
    ),
    [...model.gateways.values()].flatMap((g) =>
      [...g.dnat.values()].map(
        (d) => `${g.id} ${d.id} ${d.externalIp}:${d.externalPort} ${d.internalIp} Available`,
      ),
    ),
  );
  for (const [kind, store, label] of [
    ['vpn', 'vpnGateways', 'VPN gateways'],
    ['cgw', 'customerGateways', 'customer gateways'],
  ] as const) {
    const prefix = `soak-${kind}-`;
    const found = rows(store).filter((r) => String(r.Name).startsWith(prefix));
    dupes(
      `${label} named`,
      found.map((r) => String(r.Name).replace(/-renamed$/, '')),
    );
    sameSet(
      label,
      found.map((r) => `${r.id} ${r.Name}`),
      [...model.named.values()].filter((n) => n.kind === kind).map((n) => `${n.id} ${n.name}`),
    );
  }
  return { duplicates, mismatches };
}
