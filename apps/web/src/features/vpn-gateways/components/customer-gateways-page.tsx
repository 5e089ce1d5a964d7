import { pageQuerySchema, type CustomerGateway } from '@gc/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorDetails } from '../../../components/ui/error-details';
import { errorMessage } from '../../../components/ui/error-message';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { notifySuccess } from '../../../components/ui/notify-error';
import { listSearchCodec, nextSort, useListSearch } from '../../../lib/list-search';
import { pageLocally } from '../../../lib/local-page';
import { useCustomerGateways, useDeleteCustomerGateway } from '../api/customer-gateways';
import { CGW_SORT_VALUES, useCustomerGatewayColumns } from './customer-gateway-columns';
import { EditCustomerGatewayModal } from './edit-customer-gateway-modal';
import { CreateCustomerGatewayModal } from './create-customer-gateway-modal';
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

/** The customer gateways of a region: list, register, delete (refused while in use). */
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

/** Confirms a delete; a refusal (a connection still uses it) is explained in the dialog. */
function DeleteCustomerGatewayModal({
  regionId,
  gateway,
  onClose,
}: {
  regionId: string;
  gateway: CustomerGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteCustomerGateway(regionId);
  const inUse = remove.error?.code === 'DependencyViolation.VpnConnection';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('vpn.cgw.deleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{t('vpn.cgw.deleteConfirm', { name: gateway.name || gateway.id })}</Text>
        {remove.error && (
          <Alert color="red" variant="outline" role="alert" title={t('vpn.cgw.deleteRefused')}>
            <Stack gap={4}>
              <Text fz="sm">
                {inUse
                  ? t('vpn.cgw.inUse', {
                      count: gateway.connectionIds.length,
                      ids: gateway.connectionIds.join(', '),
                    })
                  : errorMessage(remove.error, t)}
              </Text>
              <ErrorDetails error={remove.error} />
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(gateway.id, {
                onSuccess: () => {
                  notifySuccess(t('vpn.cgw.deleted', { name: gateway.name || gateway.id }));
                  onClose();
                },
              })
            }
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
