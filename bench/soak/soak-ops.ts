// The soak's operations: each is one console action (what a user does in the SPA), chosen from
// what the intended state allows, with its request, its effect on the model, and how to confirm
// it took effect when an earlier attempt's answer was lost.
import type { SoakModel } from './soak-model.ts';
import { vpnOps } from './soak-vpn-ops.ts';

/** One console action. */
export interface SoakOp {
  kind: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** Made once per submission and kept on every retry, as the SPA does. */
  idempotencyKey?: string;
  /** A 2xx answer: record the effect. */
  apply(body: unknown): void;
  /** After a lost answer and a refusal on retry: is the effect there? (reads through `get`) */
  confirm?(get: Getter): Promise<boolean>;
}

/** A BFF read that retries throttling and 5xx itself; answers the final status and body. */
export type Getter = (path: string) => Promise<{ status: number; body: unknown }>;

type Body = Record<string, unknown>;
const items = (r: { body: unknown }) => ((r.body as { items?: Body[] }).items ?? []) as Body[];
const MAX_GATEWAYS = 6;
const MAX_EIPS = 8;

/** Picks the next action that `model` allows, weighted towards a busy mix. */
export function nextOp(model: SoakModel, rng: () => number): SoakOp {
  const R = `/api/regions/${model.regionId}`;
  const gws = [...model.gateways.values()];
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const candidates: [number, () => SoakOp][] = [];
  const key = () => `soak-${model.next()}-${Math.floor(rng() * 1e9).toString(36)}`;

  if (gws.length < MAX_GATEWAYS)
    candidates.push([
      gws.length < 2 ? 8 : 3,
      () => {
        const name = `soak-gw-${model.next()}`;
        return {
          kind: 'create-gateway',
          method: 'POST',
          path: `${R}/nat-gateways`,
          body: { vpcId: model.vpcId, vSwitchId: model.vSwitchId, name },
          idempotencyKey: key(),
          apply: (b) => {
            const id = String((b as Body).id);
            model.gateways.set(id, { id, name, eips: new Set(), snat: new Map(), dnat: new Map() });
          },
        };
      },
    ]);
  if (gws.length > 0) {
    candidates.push([
      3,
      () => {
        const gw = pick(gws);
        const name = `soak-gw-${model.next()}-renamed`;
        return {
          kind: 'rename-gateway',
          method: 'PATCH',
          path: `${R}/nat-gateways/${gw.id}`,
          body: { name },
          apply: () => (gw.name = name),
          confirm: async (get) => {
            const ok = ((await get(`${R}/nat-gateways/${gw.id}`)).body as Body).name === name;
            if (ok) gw.name = name;
            return ok;
          },
        };
      },
    ]);
  }
  if (gws.length > 2) {
    candidates.push([
      2,
      () => {
        const gw = pick(gws);
        return {
          kind: 'delete-gateway',
          method: 'DELETE',
          path: `${R}/nat-gateways/${gw.id}?force=true`,
          apply: () => model.removeGateway(gw.id),
          confirm: async (get) => {
            const gone = (await get(`${R}/nat-gateways/${gw.id}`)).status === 404;
            if (gone) model.removeGateway(gw.id);
            return gone;
          },
        };
      },
    ]);
  }
  if (model.eips.size < MAX_EIPS)
    candidates.push([
      model.freeEips().length === 0 ? 3 : 1,
      () => {
        const name = `soak-eip-${model.next()}`;
        return {
          kind: 'allocate-eip',
          method: 'POST',
          path: `${R}/eips`,
          body: { name, bandwidth: 5 },
          idempotencyKey: key(),
          apply: (b) => {
            const e = b as Body;
            const id = String(e.allocationId);
            model.eips.set(id, { id, name, ip: String(e.ipAddress) });
          },
        };
      },
    ]);
  const free = model.freeEips();
  if (free.length > 0 && gws.length > 0)
    candidates.push([
      4,
      () => {
        const gw = pick(gws);
        const eip = pick(free);
        const bound = (r: { body: unknown }) => items(r).some((e) => e.allocationId === eip.id);
        const done = () => {
          eip.boundTo = gw.id;
          gw.eips.add(eip.id);
        };
        return {
          kind: 'bind-eip',
          method: 'POST',
          path: `${R}/nat-gateways/${gw.id}/eips`,
          body: { allocationId: eip.id },
          idempotencyKey: key(),
          apply: done,
          confirm: async (get) =>
            bound(await get(`${R}/nat-gateways/${gw.id}/eips`)) && (done(), true),
        };
      },
    ]);
  const unbindable = gws.flatMap((gw) =>
    [...gw.eips].flatMap((id) => {
      const eip = model.eips.get(id);
      return eip && !model.eipInUse(gw, eip.ip) ? [{ gw, eip }] : [];
    }),
  );
  if (unbindable.length > 0)
    candidates.push([
      2,
      () => {
        const { gw, eip } = pick(unbindable);
        const done = () => {
          eip.boundTo = undefined;
          gw.eips.delete(eip.id);
        };
        return {
          kind: 'unbind-eip',
          method: 'DELETE',
          path: `${R}/nat-gateways/${gw.id}/eips/${eip.id}`,
          apply: done,
          confirm: async (get) => {
            const list = await get(`${R}/nat-gateways/${gw.id}/eips`);
            const gone = !items(list).some((e) => e.allocationId === eip.id);
            if (gone) done();
            return gone;
          },
        };
      },
    ]);
  candidates.push(...entryOps(model, gws, pick, key));
  candidates.push(...vpnOps(model, pick, key));
  let total = candidates.reduce((a, [w]) => a + w, 0) * rng();
  for (const [w, make] of candidates) {
    total -= w;
    if (total <= 0) return make();
  }
  return (candidates[0] as [number, () => SoakOp])[1]();
}

// SNAT/DNAT creates and deletes on gateways that have an EIP bound.
function entryOps(
  model: SoakModel,
  gws: SoakModel['gateways'] extends Map<string, infer G> ? G[] : never,
  pick: <T>(xs: T[]) => T,
  key: () => string,
): [number, () => SoakOp][] {
  const R = `/api/regions/${model.regionId}`;
  const out: [number, () => SoakOp][] = [];
  const withEip = gws.filter((g) => g.eips.size > 0);
  if (withEip.length > 0) {
    out.push([
      3,
      () => {
        const gw = pick(withEip);
        const ip = model.eips.get(pick([...gw.eips]))?.ip ?? '';
        const cidr = `${model.netPrefix}.${model.next() % 250}.0/24`;
        return {
          kind: 'create-snat',
          method: 'POST',
          path: `${R}/nat-gateways/${gw.id}/snat-entries`,
          body: { snatIps: [ip], sourceCidr: cidr },
          idempotencyKey: key(),
          apply: (b) => {
            const id = String((b as Body).id);
            gw.snat.set(id, { id, cidr, ip });
          },
        };
      },
    ]);
    out.push([
      3,
      () => {
        const gw = pick(withEip);
        const externalIp = model.eips.get(pick([...gw.eips]))?.ip ?? '';
        const n = model.next();
        const entry = {
          externalIp,
          externalPort: String(1000 + n),
          internalIp: `${model.netPrefix}.1.${2 + (n % 250)}`,
        };
        return {
          kind: 'create-dnat',
          method: 'POST',
          path: `${R}/nat-gateways/${gw.id}/dnat-entries`,
          body: { ...entry, internalPort: '80', ipProtocol: 'TCP' },
          idempotencyKey: key(),
          apply: (b) => {
            const id = String((b as Body).id);
            gw.dnat.set(id, { id, ...entry });
          },
        };
      },
    ]);
  }
  for (const table of ['snat', 'dnat'] as const) {
    const owners = gws.filter((g) => g[table].size > 0);
    if (owners.length === 0) continue;
    out.push([
      2,
      () => {
        const gw = pick(owners);
        const id = pick([...gw[table].keys()]);
        const list = `${R}/nat-gateways/${gw.id}/${table}-entries`;
        return {
          kind: `delete-${table}`,
          method: 'DELETE',
          path: `${list}/${id}`,
          apply: () => gw[table].delete(id),
          confirm: async (get) => {
            const gone = !items(await get(list)).some((e) => e.id === id);
            if (gone) gw[table].delete(id);
            return gone;
          },
        };
      },
    ]);
  }
  return out;
}
