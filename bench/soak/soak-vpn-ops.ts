// VPN gateways and customer gateways in the soak: create (with an Idempotency-Key), rename,
// delete — the VPN routes of the BFF (issue 5), under the same faults.
import type { SoakModel } from './soak-model.ts';
import type { SoakOp } from './soak-ops.ts';

type Weighted = [number, () => SoakOp];
const MAX_EACH = 3;

/** Candidate VPN-side actions for `model`. */
export function vpnOps(model: SoakModel, pick: <T>(xs: T[]) => T, key: () => string): Weighted[] {
  const R = `/api/regions/${model.regionId}`;
  const out: Weighted[] = [];
  const vpns = [...model.named.values()].filter((n) => n.kind === 'vpn');
  const cgws = [...model.named.values()].filter((n) => n.kind === 'cgw');
  const created = (kind: 'vpn' | 'cgw', name: string) => (b: unknown) => {
    const id = String((b as { id?: unknown }).id);
    model.named.set(id, { kind, id, name });
  };
  if (vpns.length < MAX_EACH)
    out.push([
      1,
      () => {
        const name = `soak-vpn-${model.next()}`;
        return {
          kind: 'create-vpn-gateway',
          method: 'POST',
          path: `${R}/vpn-gateways`,
          body: { vpcId: model.vpcId, vSwitchId: model.vSwitchId, bandwidth: 10, name },
          idempotencyKey: key(),
          apply: created('vpn', name),
        };
      },
    ]);
  if (cgws.length < MAX_EACH)
    out.push([
      1,
      () => {
        const n = model.next();
        const name = `soak-cgw-${n}`;
        return {
          kind: 'create-customer-gateway',
          method: 'POST',
          path: `${R}/customer-gateways`,
          body: { ipAddress: `47.${100 + (n % 100)}.${n % 250}.${1 + (n % 200)}`, name },
          idempotencyKey: key(),
          apply: created('cgw', name),
        };
      },
    ]);
  if (vpns.length > 0)
    out.push([
      1,
      () => {
        const gw = pick(vpns);
        const name = `soak-vpn-${model.next()}-renamed`;
        const path = `${R}/vpn-gateways/${gw.id}`;
        return {
          kind: 'rename-vpn-gateway',
          method: 'PATCH',
          path,
          body: { name },
          apply: () => (gw.name = name),
          confirm: async (get) => {
            const ok = ((await get(path)).body as { name?: string }).name === name;
            if (ok) gw.name = name;
            return ok;
          },
        };
      },
    ]);
  for (const [kind, list, segment] of [
    ['vpn', vpns, 'vpn-gateways'],
    ['cgw', cgws, 'customer-gateways'],
  ] as const) {
    if (list.length === 0) continue;
    out.push([
      1,
      () => {
        const gw = pick(list);
        const path = `${R}/${segment}/${gw.id}`;
        return {
          kind: `delete-${kind === 'vpn' ? 'vpn-gateway' : 'customer-gateway'}`,
          method: 'DELETE',
          path,
          apply: () => model.named.delete(gw.id),
          confirm: async (get) => {
            const gone = (await get(path)).status === 404;
            if (gone) model.named.delete(gw.id);
            return gone;
          },
        };
      },
    ]);
  }
  return out;
}
