import { Button, Text } from '@mantine/core';
import type { Column } from '../../../components/ui/list-page/data-table';
import type { StatusTable } from '../../../lib/resource-status';

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
      <Text fz="xs" c="dimmed" ff="monospace">
        {id}
      </Text>
    </>
  );
}

/** An "Edit" button column for operators (none for auditors: `canMutate` false). */
export function editColumn<T>(o: {
  canMutate: boolean;
  header: string;
  label: (item: T) => string;
  text: string;
  disabled?: (item: T) => boolean;
  onEdit: (item: T) => void;
}): Column<T>[] {
  if (!o.canMutate) return [];
  return [
    {
      id: 'edit',
      header: o.header,
      hideHeader: true,
      cell: (item) => (
        <Button
          size="xs"
          variant="default"
          aria-label={o.label(item)}
          disabled={o.disabled?.(item) ?? false}
          onClick={() => o.onEdit(item)}
        >
          {o.text}
        </Button>
      ),
    },
  ];
}
