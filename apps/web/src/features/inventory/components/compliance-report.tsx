import './report-print.css';
import {
  CHECK_CATALOGUE,
  inventoryRoutes,
  type CheckSeverity,
  type Inventory,
} from '@gc/contracts';
import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatDateTime } from '../../../lib/format';
import { listSearchCodec, useListSearch } from '../../../lib/list-search';
import { useInventory } from '../api/inventory';
import { checkTextKey, evidenceText, findingRows } from '../utils/check-texts';

const SEARCH = listSearchCodec(inventoryRoutes.inventory.query);
const SEVERITIES: CheckSeverity[] = ['high', 'medium', 'low'];

/** `…/inventory/report`: the checks as a plain printable page (account, time, regions, findings). */
export function ComplianceReport() {
  const { t } = useTranslation();
  const [query] = useListSearch(SEARCH);
  const inventory = useInventory(query);
  return (
    <div className="gc-report">
      <Group className="gc-no-print" mb="md">
        <Button onClick={() => window.print()}>{t('checks.print')}</Button>
        <Anchor
          component={Link}
          to={{ pathname: '..', search: window.location.search }}
          relative="path"
        >
          {t('checks.back')}
        </Anchor>
      </Group>
      {inventory.isPending ? (
        <TableSkeleton />
      ) : inventory.isError ? (
        <ErrorState error={inventory.error} onRetry={() => void inventory.refetch()} />
      ) : (
        <ReportBody inventory={inventory.data} />
      )}
    </div>
  );
}

function ReportBody({ inventory }: { inventory: Inventory }) {
  const { t, i18n } = useTranslation();
  const rows = findingRows(inventory);
  const regions = inventory.regions.filter((r) => r.itemCount > 0 || !r.ok);
  return (
    <article>
      <h1>{t('checks.reportTitle')}</h1>
      <dl>
        <dt>{t('checks.reportAccount')}</dt>
        <dd>{inventory.account}</dd>
        <dt>{t('checks.reportTime')}</dt>
        <dd>{formatDateTime(inventory.generatedAt, i18n.language)}</dd>
        <dt>{t('checks.reportRegions')}</dt>
        <dd>
          {regions.map((r) => (r.ok ? r.id : `${r.id} (${r.error?.code ?? '!'})`)).join(', ')} ·{' '}
          {t('polishWords.inventory.total', {
            count: inventory.total,
            regions: Object.values(inventory.counts.byRegion).filter((n) => n > 0).length,
            scanned: inventory.regions.length,
          })}
        </dd>
      </dl>
      <h2>{t('checks.reportSummary')}</h2>
      <table aria-label={t('checks.reportSummary')}>
        <tbody>
          {SEVERITIES.map((s) => (
            <tr key={s} data-severity={s}>
              <th scope="row">{t(`inventory.severity.${s}`)}</th>
              <td>
                {t('checks.reportCount', { count: rows.filter((r) => r.severity === s).length })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('checks.reportFindings')}</h2>
      <table aria-label={t('checks.reportFindings')}>
        <thead>
          <tr>
            <th>{t('inventory.checks.severity')}</th>
            <th>{t('inventory.checks.check')}</th>
            <th>{t('checks.resource')}</th>
            <th>{t('checks.evidence')}</th>
            <th>{t('checks.fix')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-finding={`${r.checkId}:${r.resourceId}`}>
              <td>{t(`inventory.severity.${r.severity}`)}</td>
              <td>
                {t(checkTextKey(r.checkId, 'title'))}
                <br />
                <small>
                  {r.checkId}
                  {CHECK_CATALOGUE[r.checkId].infraGuard
                    ? ` · ${CHECK_CATALOGUE[r.checkId].infraGuard}`
                    : ''}
                </small>
              </td>
              <td>
                {r.resourceName || r.resourceId}
                <br />
                <small>
                  {t(`checks.resourceType.${r.resourceType}`)} · {r.resourceId} · {r.regionId}
                </small>
              </td>
              <td>{evidenceText(r.params, t)}</td>
              <td>
                {t(checkTextKey(r.checkId, 'fix'))}
                <br />
                <small>{CHECK_CATALOGUE[r.checkId].docUrl}</small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
