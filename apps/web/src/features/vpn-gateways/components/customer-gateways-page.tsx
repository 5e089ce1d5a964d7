import { pageQuerySchema, type CustomerGateway } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { listSearchCodec, nextSort, useListSearch } from '../../../lib/list-search';
import { pageLocally } from '../../../lib/local-page';
import { useCustomerGateways } from '../api/customer-gateways';
import { CGW_SORT_VALUES, useCustomerGatewayColumns } from './customer-gateway-columns';
import { EditCustomerGatewayModal } from './edit-customer-gateway-modal';
import { CreateCustomerGatewayModal } from './create-customer-gateway-modal';
import { DeleteCustomerGatewayModal } from './delete-customer-gateway-modal';
import { VpnSectionTabs } from './vpn-section-tabs';

// The BFF returns every customer gateway at once: the page sorts and pages them itself.
const CGW_SEARCH = listSearchCodec(
  pageQuerySchema.extend({
    sort: z
      .enum(['name', 'ipAddress', 'asn', 'usedBy', 'creationTime'])
      .or(z.enum(['-name', '-ipAddress', '-asn', '-usedBy', '-creationTime']))
      .optional(),
  }),
);

/** The customer gateways of a region: list, register, delete (disabled while in use). */
export function CustomerGatewaysPage({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const query = useCustomerGateways(regionId);
  const [search, update] = useListSearch(CGW_SEARCH);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<CustomerGateway | null>(null);
  const [editing, setEditing] = useState<CustomerGateway | null>(null);
  const columns = useCustomerGatewayColumns(setDeleting, setEditing);
  const rows = query.data && pageLocally(query.data.items, search, CGW_SORT_VALUES);
  const title = t('vpn.cgw.title');
  return (
    <ListPage
      title={title}
      query={query}
      rows={rows}
      create={{ label: t('vpn.cgw.open'), onClick: () => setCreating(true) }}
      nav={<VpnSectionTabs regionId={regionId} current="customer-gateways" />}
      filtered={false}
      empty={{ text: t('vpn.cgw.empty') }}
      table={{
        label: title,
        columns,
        rowKey: (c) => c.id,
        sort: search.sort,
        onSort: (column) => update({ sort: nextSort(search.sort, column) }),
      }}
      pagination={{ page: search.page, pageSize: search.pageSize, onChange: update }}
    >
      {creating && (
        <CreateCustomerGatewayModal regionId={regionId} onClose={() => setCreating(false)} />
      )}
      {editing && (
        <EditCustomerGatewayModal
          regionId={regionId}
          gateway={editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <DeleteCustomerGatewayModal
          regionId={regionId}
          gateway={deleting}
          onClose={() => setDeleting(null)}
        />
      )}
    </ListPage>
  );
}
