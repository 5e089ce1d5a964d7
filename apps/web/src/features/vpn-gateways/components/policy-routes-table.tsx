import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono } from '../../../components/ui/list-page/columns';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { useCanMutate } from '../../../lib/auth';
import {
  useVpnPolicyRoutes,
  useVpnRouteMutations,
  type VpnPolicyRouteRow,
} from '../api/vpn-routes';
import { CreateRouteModal } from './create-route-modal';
import { EditRouteModal } from './edit-route-modal';
import { manageColumn, nextHopColumn, routeKeyText, weightAndStateColumns } from './route-cells';

/** The gateway's policy-based routes, in priority order: publish, weight/priority, add, delete. */
export function PolicyRoutesTable(props: {
  gateway: VpnGateway;
  dual: boolean;
  connections: ReadonlyMap<string, VpnConnection>;
}) {
  const { gateway, dual, connections } = props;
  const { t } = useTranslation();
  const busy = gateway.status !== 'active';
  const query = useVpnPolicyRoutes(gateway.regionId, gateway.id, busy);
  const m = useVpnRouteMutations(gateway.regionId, gateway.id);
  const canMutate = useCanMutate();
  const [editing, setEditing] = useState<VpnPolicyRouteRow | null>(null);
  const key = (r: VpnPolicyRouteRow) => ({
    source: r.source,
    destination: r.destination,
    nextHop: r.nextHop,
    weight: r.weight,
    priority: r.priority,
  });
  const publish = (r: VpnPolicyRouteRow) =>
    m.publish.mutate(
      {
        destination: r.destination,
        nextHop: r.nextHop,
        routeType: 'pbr',
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
        title={t('vpnRoutes.policyTitle')}
        query={query}
        empty={t('vpnRoutes.policyEmpty')}
        minWidth={820}
        columns={[
          { id: 'priority', header: t('vpnRoutes.priority'), cell: (r) => String(r.priority) },
          { id: 'source', header: t('vpnRoutes.source'), cell: (r) => <Mono>{r.source}</Mono> },
          {
            id: 'destination',
            header: t('vpnRoutes.destination'),
            cell: (r) => <Mono>{r.destination}</Mono>,
          },
          nextHopColumn<VpnPolicyRouteRow>(t, gateway.regionId, connections),
          ...weightAndStateColumns<VpnPolicyRouteRow>(t),
          ...(canMutate
            ? [
                manageColumn<VpnPolicyRouteRow>({
                  t,
                  busy,
                  canEdit: true,
                  onPublish: publish,
                  onEdit: setEditing,
                }),
              ]
            : []),
        ]}
        add={{
          label: t('vpnRoutes.addPolicy'),
          disabled: busy || connections.size === 0,
          dialog: (close) => (
            <CreateRouteModal
              kind="pbr"
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
          pending: m.removePolicy.isPending,
          run: (r, done) =>
            m.removePolicy.mutate(key(r), {
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
