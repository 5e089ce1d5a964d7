import type { NatGateway } from '@gc/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Mono, nameColumn, statusColumn } from '../../../components/ui/list-page/columns';
import { CellText, remember } from '../../../components/ui/list-page/cells';
import type { Column } from '../../../components/ui/list-page/data-table';
import { useVpcName, VpcCell } from '../../../components/ui/vpc-ref';
import { enumLabel } from '../../../lib/enum-labels';
import { formatChargeType, formatDateTime } from '../../../lib/format';
import { NAT_STATUS } from '../utils/nat-status';

/** The columns of the NAT list: the name links to the gateway's page. */
export function useNatColumns(
  regionId: string,
): Column<NatGateway, 'name' | 'status' | 'creationTime'>[] {
  const { t, i18n } = useTranslation();
  const vpcName = useVpcName(regionId);
  // Stable between renders: the rows are memoised on their columns.
  return useMemo(() => {
    const text = remember(t);
    const date = remember((iso: string) => formatDateTime(iso, i18n.language));
    return [
      nameColumn(t('nat.columns.name'), (g) => `/regions/${regionId}/nat-gateways/${g.id}`, 'name'),
      statusColumn(t('nat.columns.status'), NAT_STATUS, 'status'),
      {
        id: 'type',
        header: t('nat.columns.type'),
        cell: (g) => (
          <>
            <CellText>
              {[
                enumLabel('natType', g.natType, text),
                enumLabel('natNetworkType', g.networkType, text),
              ].join(' · ')}
            </CellText>
            <CellText size="xs" dimmed>
              {g.spec || formatChargeType(g.internetChargeType, text)}
            </CellText>
          </>
        ),
      },
      {
        id: 'vpc',
        header: t('nat.columns.vpc'),
        cell: (g) => <VpcCell vpcId={g.vpcId} name={vpcName(g.vpcId)} />,
      },
      {
        id: 'eips',
        header: t('nat.columns.eips'),
        cell: (g) =>
          g.eips.length === 0 ? (
            <CellText>{text('common.none')}</CellText>
          ) : (
            g.eips.map((eip) => <Mono key={eip.allocationId}>{eip.ipAddress}</Mono>)
          ),
      },
      {
        id: 'creationTime',
        header: t('nat.columns.creationTime'),
        sort: 'creationTime',
        cell: (g) => <CellText>{date(g.creationTime)}</CellText>,
      },
    ];
  }, [t, i18n.language, regionId, vpcName]);
}
