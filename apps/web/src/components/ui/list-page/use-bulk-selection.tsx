import type { Tag } from '@gc/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkBar, type BulkActions } from '../bulk-bar';
import type { RowSelection } from './data-table';

interface BulkSelection<T> {
  /** ListPage's `bulk`: the bar while rows are ticked. */
  bar: ReactNode;
  /** The table's `selection`: undefined without actions (auditors, kinds with none). */
  selection: RowSelection<T> | undefined;
}

/**
 * The ticked rows of a list and the bulk bar over them, for ListPage's `bulk` and
 * `table.selection`. `actions` undefined: no checkboxes, no bar. After a bulk change the
 * selection clears and the list refetches.
 */
export function useBulkSelection<T extends { id: string; name: string; tags: Tag[] }>(
  items: readonly T[] | undefined,
  actions: BulkActions<T> | undefined,
  refetch: () => unknown,
): BulkSelection<T> {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const ticked = (items ?? []).filter((g) => selected.has(g.id));
  const bar = actions && ticked.length > 0 && (
    <BulkBar
      items={ticked}
      actions={actions}
      name={(g) => g.name || g.id}
      onClear={() => setSelected(new Set())}
      onChanged={() => {
        setSelected(new Set());
        void refetch();
      }}
    />
  );
  const selection = actions && {
    selected,
    onChange: setSelected,
    labels: {
      all: t('polishLook.bulk.selectAll'),
      row: (g: T) => t('polishLook.bulk.selectRow', { name: g.name || g.id }),
    },
  };
  return { bar, selection };
}
