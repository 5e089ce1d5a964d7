import { Button, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import { useCanMutate } from '../../lib/auth';
import { OperatorOnly } from '../../lib/operator-only';
import { ConfirmDialog } from './confirm-dialog';
import { ErrorState } from './error-state';
import { DataTable, type Column } from './list-page/data-table';
import { Section } from './section';
import { TableSkeleton } from './table-skeleton';

/** How a child resource is deleted from its row: the button, the confirmation, the call. */
export interface ChildDelete<T> {
  /** The row button's accessible name ("Delete SNAT entry snat-1"). */
  label: (item: T) => string;
  disabled?: (item: T) => boolean;
  confirmTitle: string;
  confirmMessage: (item: T) => string;
  pending: boolean;
  /** Starts the delete; `done` closes the confirmation. */
  run: (item: T, done: () => void) => void;
}

export interface ChildListSectionProps<T extends { id: string }> {
  title: string;
  query: UseQueryResult<{ items: T[] }, ApiError>;
  columns: Column<T>[];
  empty: string;
  /** The operator's add button and the dialog it opens. */
  add?: { label: string; disabled?: boolean; dialog: (close: () => void) => ReactNode };
  remove?: ChildDelete<T>;
  minWidth?: number;
}

/**
 * A section of a detail page listing a gateway's child resources (SNAT/DNAT entries, egress-only
 * rules…): loading, error with retry, empty text, the table, and for operators add and delete.
 */
export function ChildListSection<T extends { id: string }>(props: ChildListSectionProps<T>) {
  const { title, query, empty, add, remove, minWidth = 640 } = props;
  const { t } = useTranslation();
  const canMutate = useCanMutate();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<T | null>(null);
  const columns: Column<T>[] =
    remove && canMutate
      ? [
          ...props.columns,
          {
            id: 'actions',
            header: t('common.actions'),
            cell: (item) => (
              <Button
                size="xs"
                variant="default"
                color="red"
                aria-label={remove.label(item)}
                disabled={remove.disabled?.(item) ?? false}
                onClick={() => setDeleting(item)}
              >
                {t('common.delete')}
              </Button>
            ),
          },
        ]
      : props.columns;

  return (
    <Section
      title={title}
      actions={
        add && (
          <OperatorOnly>
            <Button size="xs" disabled={add.disabled} onClick={() => setAdding(true)}>
              {add.label}
            </Button>
          </OperatorOnly>
        )
      }
    >
      {query.isPending ? (
        <TableSkeleton rows={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text fz="sm" role="status">
          {empty}
        </Text>
      ) : (
        <DataTable
          label={title}
          items={query.data.items}
          columns={columns}
          rowKey={(item) => item.id}
          minWidth={minWidth}
        />
      )}
      {adding && add?.dialog(() => setAdding(false))}
      {remove && (
        <ConfirmDialog
          opened={deleting !== null}
          title={remove.confirmTitle}
          message={deleting ? remove.confirmMessage(deleting) : ''}
          confirmLabel={t('common.delete')}
          loading={remove.pending}
          onClose={() => setDeleting(null)}
          onConfirm={() => deleting && remove.run(deleting, () => setDeleting(null))}
        />
      )}
    </Section>
  );
}
