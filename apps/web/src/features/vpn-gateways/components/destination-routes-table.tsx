import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono } from '../../../components/ui/list-page/columns';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { useCanMutate } from '../../../lib/auth';
import { useVpnRouteMutations, useVpnRoutes, type VpnRouteRow } from '../api/vpn-routes';
import { CreateRouteModal } from './create-route-modal';
import { EditRouteModal } from './edit-route-modal';
import { manageColumn, nextHopColumn, routeKeyText, weightAndStateColumns } from './route-cells';

/** The gateway's destination routes: publish/withdraw, weight (single-tunnel only), add, delete. */
export function DestinationRoutesTable(props: {
  gateway: VpnGateway;
  dual: boolean;
  connections: ReadonlyMap<string, VpnConnection>;
}) {
  const { gateway, dual, connections } = props;
  const { t } = useTranslation();
  const busy = gateway.status !== 'active';
  const query = useVpnRoutes(gateway.regionId, gateway.id, busy);
  const m = useVpnRouteMutations(gateway.regionId, gateway.id);
  const canMutate = useCanMutate();
  const [editing, setEditing] = useState<VpnRouteRow | null>(null);
  const key = (r: VpnRouteRow) => ({
    destination: r.destination,
    nextHop: r.nextHop,
    weight: r.weight,
  });
  const publish = (r: VpnRouteRow) =>
    m.publish.mutate(
      {
        destination: r.destination,
        nextHop: r.nextHop,
        routeType: 'dbr',
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
        title={t('vpnRoutes.destTitle')}
        query={query}
        empty={t('vpnRoutes.destEmpty')}
        minWidth={720}
        columns={[
          {
            id: 'destination',
            header: t('vpnRoutes.destination'),
            cell: (r) => <Mono>{r.destination}</Mono>,
          },
          nextHopColumn<VpnRouteRow>(t, gateway.regionId, connections),
          ...weightAndStateColumns<VpnRouteRow>(t),
          ...(canMutate
            ? [
                manageColumn<VpnRouteRow>({
                  t,
                  busy,
                  // On dual-tunnel gateways the weight has no effect (REFERENCE-2 §2.7).
                  canEdit: !dual,
                  onPublish: publish,
                  onEdit: setEditing,
                }),
              ]
            : []),
        ]}
        add={{
          label: t('vpnRoutes.add'),
          disabled: busy || connections.size === 0,
          dialog: (close) => (
            <CreateRouteModal
              kind="dbr"
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
            m.remove.mutate(key(r), {
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
