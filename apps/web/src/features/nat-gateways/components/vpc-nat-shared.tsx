import { Button, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ChildDelete } from '../../../components/ui/child-list-section';
import type { Column } from '../../../components/ui/list-page/data-table';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import type { ApiError } from '../../../lib/api-error';
import type { StatusTable } from '../../../lib/resource-status';
import { IdCell } from '../../../components/ui/id-cell';

/** Statuses of NAT IPs and FULLNAT entries (REFERENCE-2 §7.5); `Associated` is in use, not busy. */
export const VPC_NAT_STATUS: StatusTable = {
  ok: 'Available',
  leaving: 'Deleting',
  transitional: new Set(['Creating', 'Pending', 'Modifying', 'Associating', 'Deleting']),
  labelKey: (status) => `vpcNat.status.${status}`,
};

/** A row's name (or its id when unnamed) over its id. */
export function NameCell({ name, id }: { name: string; id: string }) {
  return (
    <>
      <Text fz="sm">{name || id}</Text>
      <IdCell id={id} dimmed />
    </>
  );
}

/** An "Edit" button column for operators (none for auditors: `canMutate` false). */
export function editColumn<T>(o: {
  canMutate: boolean;
  kind: 'cidr' | 'ip' | 'fullnat';
  t: TFunction;
  name: (item: T) => string;
  disabled?: (item: T) => boolean;
  onEdit: (item: T) => void;
}): Column<T>[] {
  if (!o.canMutate) return [];
  const { t } = o;
  return [
    {
      id: 'edit',
      header: t('vpcNat.edit'),
      hideHeader: true,
      cell: (item) => (
        <Button
          size="xs"
          variant="default"
          aria-label={t(`vpcNat.${o.kind}.editFor`, { name: o.name(item) })}
          disabled={o.disabled?.(item) ?? false}
          onClick={() => o.onEdit(item)}
        >
          {t('vpcNat.edit')}
        </Button>
      ),
    },
  ];
}

/**
 * The row delete of one VPC NAT list (texts under `vpcNat.<kind>`): confirm, call, toast. `label`
 * overrides the button's name where a row says why it cannot go.
 */
export function removeRow<T extends { id: string }>(o: {
  kind: 'cidr' | 'ip' | 'fullnat';
  t: TFunction;
  name: (item: T) => string;
  disabled: (item: T) => boolean;
  label?: (item: T) => string;
  mutation: {
    isPending: boolean;
    mutate: (id: string, cb: { onSuccess: () => void; onError: (e: ApiError) => void }) => void;
  };
}): ChildDelete<T> {
  const { kind, t, name, mutation } = o;
  return {
    label: o.label ?? ((item) => t(`vpcNat.${kind}.deleteFor`, { name: name(item) })),
    disabled: o.disabled,
    confirmTitle: t(`vpcNat.${kind}.deleteTitle`),
    confirmMessage: (item) => t(`vpcNat.${kind}.deleteConfirm`, { name: name(item) }),
    pending: mutation.isPending,
    run: (item, done) =>
      mutation.mutate(item.id, {
        onSuccess: () => {
          notifySuccess(t(`vpcNat.${kind}.deleted`, { name: name(item) }));
          done();
        },
        onError: (error) => notifyError(error, t),
      }),
  };
}
