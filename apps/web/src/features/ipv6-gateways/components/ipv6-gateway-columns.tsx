import type { Ipv6Gateway } from '@gc/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameColumn, statusColumn } from '../../../components/ui/list-page/columns';
import { CellText, remember } from '../../../components/ui/list-page/cells';
import { TagBadges } from '../../../components/ui/tag-badges';
import type { Column } from '../../../components/ui/list-page/data-table';
import { formatDateTime } from '../../../lib/format';
import { useVpcName, VpcCell } from '../../../components/ui/vpc-ref';
import { IPV6_STATUS } from '../utils/ipv6-status';

/** The IPv6 list's columns: name and ID, status, spec, VPC, creation time and tags. */
export function useIpv6Columns(
  regionId: string,
): Column<Ipv6Gateway, 'name' | 'status' | 'creationTime'>[] {
  const { t, i18n } = useTranslation();
  // The filters already load the region's VPCs (same query, cached): show names next to IDs.
  const vpcName = useVpcName(regionId);
  // Stable between renders: the rows are memoised on their columns.
  return useMemo(() => {
    const text = remember(t);
    const date = remember((iso: string) => formatDateTime(iso, i18n.language));
    return [
      nameColumn(
        t('ipv6.columns.name'),
        (g) => `/regions/${regionId}/ipv6-gateways/${g.id}`,
        'name',
      ),
      statusColumn(t('ipv6.columns.status'), IPV6_STATUS, 'status'),
      {
        id: 'spec',
        header: t('ipv6.columns.spec'),
        cell: (g) => <CellText>{g.spec || text('ipv6.spec.none')}</CellText>,
      },
      {
        id: 'vpc',
        header: t('ipv6.columns.vpc'),
        cell: (g) => <VpcCell vpcId={g.vpcId} name={vpcName(g.vpcId)} />,
      },
      {
        id: 'creationTime',
        header: t('ipv6.columns.creationTime'),
        sort: 'creationTime',
        cell: (g) => <CellText>{date(g.creationTime)}</CellText>,
      },
      {
        id: 'tags',
        header: t('ipv6.columns.tags'),
        cell: (g) =>
          g.tags.length === 0 ? (
            <CellText>{text('common.none')}</CellText>
          ) : (
            <TagBadges tags={g.tags} variant="light" gap={4} />
          ),
      },
    ];
  }, [t, i18n.language, regionId, vpcName]);
}
