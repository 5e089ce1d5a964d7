import type { VpnConnection, VpnRoute } from '@gc/contracts';
import { Anchor, Button, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Column } from '../../../components/ui/list-page/data-table';
import { StatusBadge } from '../../../components/ui/status-badge';
import { OperatorOnly } from '../../../lib/operator-only';
import { IdCell } from '../../../components/ui/id-cell';

/** The key of a route as the user reads it (confirmations, button names). */
export function routeKeyText(t: TFunction, r: VpnRoute & { source?: string; priority?: number }) {
  return r.source === undefined
    ? t('vpnRoutes.keyText', { destination: r.destination, nextHop: r.nextHop, weight: r.weight })
    : t('vpnRoutes.policyKeyText', {
        source: r.source,
        destination: r.destination,
        nextHop: r.nextHop,
        weight: r.weight,
        priority: r.priority,
      });
}

/** The next hop: a link to its connection's page, named when the connection is known. */
export function nextHopColumn<T extends VpnRoute>(
  t: TFunction,
  regionId: string,
  connections: ReadonlyMap<string, VpnConnection>,
): Column<T> {
  return {
    id: 'nextHop',
    header: t('vpnRoutes.nextHop'),
    cell: (r) => (
      <>
        <Anchor
          component={Link}
          fz="sm"
          to={`/regions/${encodeURIComponent(regionId)}/vpn-gateways/${encodeURIComponent(
            r.vpnGatewayId,
          )}/connections/${encodeURIComponent(r.nextHop)}`}
        >
          {connections.get(r.nextHop)?.name || r.nextHop}
        </Anchor>
        <IdCell id={r.nextHop} dimmed />
      </>
    ),
  };
}

/** Weight and publication state, shared by both tables. */
export function weightAndStateColumns<T extends VpnRoute>(t: TFunction): Column<T>[] {
  return [
    {
      id: 'weight',
      header: t('vpnRoutes.weight'),
      cell: (r) => (r.weight === 100 ? t('vpnRoutes.weightActive') : t('vpnRoutes.weightStandby')),
    },
    {
      id: 'state',
      header: t('vpnRoutes.state'),
      cell: (r) => (
        <StatusBadge
          label={t(`vpnRoutes.states.${r.state}`)}
          tone={r.state === 'published' ? 'ok' : 'neutral'}
        />
      ),
    },
  ];
}

/** The operator's row buttons: publish or withdraw, and change (weight/priority). */
export function manageColumn<T extends VpnRoute & { source?: string; priority?: number }>(props: {
  t: TFunction;
  busy: boolean;
  canEdit: boolean;
  onPublish: (route: T) => void;
  onEdit: (route: T) => void;
}): Column<T> {
  const { t, busy, canEdit, onPublish, onEdit } = props;
  return {
    id: 'manage',
    header: t('vpnRoutes.manage'),
    hideHeader: true,
    cell: (r) => (
      <OperatorOnly>
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            disabled={busy}
            aria-label={t(
              r.state === 'published' ? 'vpnRoutes.withdrawFor' : 'vpnRoutes.publishFor',
              {
                key: routeKeyText(t, r),
              },
            )}
            onClick={() => onPublish(r)}
          >
            {t(r.state === 'published' ? 'vpnRoutes.withdraw' : 'vpnRoutes.publish')}
          </Button>
          {canEdit && (
            <Button
              size="xs"
              variant="default"
              disabled={busy}
              aria-label={t('vpnRoutes.editFor', { key: routeKeyText(t, r) })}
              onClick={() => onEdit(r)}
            >
              {t('vpnRoutes.edit')}
            </Button>
          )}
        </Group>
      </OperatorOnly>
    ),
  };
}
