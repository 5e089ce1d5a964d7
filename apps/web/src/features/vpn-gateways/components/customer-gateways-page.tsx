import { customerGatewayRoutes, pageQuerySchema, type CustomerGateway } from '@gc/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BulkActions } from '../../../components/ui/bulk-bar';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { useBulkSelection } from '../../../components/ui/list-page/use-bulk-selection';
import { useCanMutate } from '../../../lib/auth';
import { bffClient } from '../../../lib/bff-client';
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

/**
 * What operators can do to ticked customer gateways: Add tag, and Delete through the one-gateway
 * dialog (which keeps Delete disabled, with the reason, while a connection uses the gateway).
 */
function customerGatewayBulk(regionId: string): BulkActions<CustomerGateway> {
  return {
    replaceTags: (c, tags) =>
      bffClient.call(customerGatewayRoutes.replaceTags, {
        params: { regionId, id: c.id },
        body: { tags },
      }),
    deleteModal: function BulkDeleteCustomerGateway(props) {
      return <DeleteCustomerGatewayModal regionId={regionId} {...props} />;
    },
  };
}

/** The customer gateways of a region: list, register, delete (disabled while in use), bulk tag/delete. */
export function CustomerGatewaysPage({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const query = useCustomerGateways(regionId);
  const [search, update] = useListSearch(CGW_SEARCH);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<CustomerGateway | null>(null);
  const [editing, setEditing] = useState<CustomerGateway | null>(null);
  const columns = useCustomerGatewayColumns(setDeleting, setEditing);
  const rows = query.data && pageLocally(query.data.items, search, CGW_SORT_VALUES);
  // Memoised per region: the bulk delete dialog is a component, which must not change each render.
  const actions = useMemo(() => customerGatewayBulk(regionId), [regionId]);
  const canMutate = useCanMutate();
  const bulk = useBulkSelection(query.data?.items, canMutate ? actions : undefined, () =>
    query.refetch(),
  );
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
      bulk={bulk.bar}
      table={{
        selection: bulk.selection,
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
