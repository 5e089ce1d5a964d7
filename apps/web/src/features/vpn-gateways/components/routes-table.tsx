import type { VpnConnection, VpnGateway } from '@gc/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import type { Column } from '../../../components/ui/list-page/data-table';
import { Mono } from '../../../components/ui/list-page/columns';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { useCanMutate } from '../../../lib/auth';
import {
  useRouteRows,
  useVpnRouteMutations,
  type RouteKind,
  type RouteRow,
} from '../api/vpn-routes';
import { CreateRouteModal } from './create-route-modal';
import { EditRouteModal } from './edit-route-modal';
import { manageColumn, nextHopColumn, routeKeyText, weightAndStateColumns } from './route-cells';

/** The columns before the next hop: policy routes lead with priority and source. */
function keyColumns(t: TFunction, kind: RouteKind): Column<RouteRow>[] {
  const destination: Column<RouteRow> = {
    id: 'destination',
    header: t('vpnRoutes.destination'),
    cell: (r) => <Mono>{r.destination}</Mono>,
  };
  if (kind === 'dbr') return [destination];
  return [
    { id: 'priority', header: t('vpnRoutes.priority'), cell: (r) => String(r.priority) },
    { id: 'source', header: t('vpnRoutes.source'), cell: (r) => <Mono>{r.source ?? ''}</Mono> },
    destination,
  ];
}

/** A route's full key as the delete call names it (a policy key adds source and priority). */
const keyOf = (r: RouteRow) => {
  const key = { destination: r.destination, nextHop: r.nextHop, weight: r.weight };
  return r.source === undefined ? key : { source: r.source, ...key, priority: r.priority };
};

const TEXTS = {
  dbr: { title: 'vpnRoutes.destTitle', empty: 'vpnRoutes.destEmpty', add: 'vpnRoutes.add' },
  pbr: {
    title: 'vpnRoutes.policyTitle',
    empty: 'vpnRoutes.policyEmpty',
    add: 'vpnRoutes.addPolicy',
  },
} as const;

/**
 * One table of the gateway's routes: destination routes (publish/withdraw, weight on
 * single-tunnel gateways only) or policy routes in priority order (weight/priority); add, delete.
 */
export function RoutesTable(props: {
  kind: RouteKind;
  gateway: VpnGateway;
  dual: boolean;
  connections: ReadonlyMap<string, VpnConnection>;
}) {
  const { kind, gateway, dual, connections } = props;
  const { t } = useTranslation();
  const busy = gateway.status !== 'active';
  const query = useRouteRows(kind, gateway.regionId, gateway.id, busy);
  const m = useVpnRouteMutations(gateway.regionId, gateway.id);
  const canMutate = useCanMutate();
  const [editing, setEditing] = useState<RouteRow | null>(null);
  const text = TEXTS[kind];
  const publish = (r: RouteRow) =>
    m.publish.mutate(
      {
        destination: r.destination,
        nextHop: r.nextHop,
        routeType: kind,
        publish: r.state !== 'published',
      },
      {
        onSuccess: () => notifySuccess(t('vpnRoutes.publishing')),
        onError: (e) => notifyError(e, t),
      },
    );

  return (
    <>
      <ChildListSection
        title={t(text.title)}
        query={query}
        empty={t(text.empty)}
        minWidth={kind === 'dbr' ? 720 : 820}
        columns={[
          ...keyColumns(t, kind),
          nextHopColumn<RouteRow>(t, gateway.regionId, connections),
          ...weightAndStateColumns<RouteRow>(t),
          ...(canMutate
            ? [
                manageColumn<RouteRow>({
                  t,
                  busy,
                  // A destination route's weight has no effect on dual-tunnel gateways (REFERENCE-2 §2.7).
                  canEdit: kind === 'pbr' || !dual,
                  onPublish: publish,
                  onEdit: setEditing,
                }),
              ]
            : []),
        ]}
        add={{
          label: t(text.add),
          disabled: busy || connections.size === 0,
          dialog: (close) => (
            <CreateRouteModal
              kind={kind}
              gateway={gateway}
              dual={dual}
              connections={connections}
              onClose={close}
            />
          ),
        }}
        remove={{
          label: (r) => t('vpnRoutes.deleteFor', { key: routeKeyText(t, r) }),
          disabled: () => busy,
          confirmTitle: t('vpnRoutes.deleteTitle'),
          confirmMessage: (r) => t('vpnRoutes.deleteConfirm', { key: routeKeyText(t, r) }),
          pending: m.remove.isPending,
          run: (r, done) =>
            m.remove.mutate(keyOf(r), {
              onSuccess: () => {
                notifySuccess(t('vpnRoutes.deleted', { key: routeKeyText(t, r) }));
                done();
              },
              onError: (e) => notifyError(e, t),
            }),
        }}
      />
      {editing && (
        <EditRouteModal
          gateway={gateway}
          dual={dual}
          route={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
