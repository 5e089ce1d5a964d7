import type { Tag } from '@gc/contracts';
import { Button, Group, Paper, Text } from '@mantine/core';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../lib/api-error';
import { notifyError, notifySuccess } from './notify-error';

// Its dialog (Mantine's Modal and focus trap) loads when opened, not with every list page.
const BulkTagModal = lazy(() =>
  import('./bulk-tag-modal').then((m) => ({ default: m.BulkTagModal })),
);

/** What a list offers on its ticked rows; each is optional (a kind without a tag route has no Tag). */
export interface BulkActions<T> {
  /** Replaces one item's tags (the kind's `PUT …/tags`). */
  replaceTags?: (item: T, tags: Tag[]) => Promise<unknown>;
  /** The kind's own delete-plan dialog: a bulk delete walks it once per item. */
  deleteModal?: ComponentType<{ gateway: T; onClose: () => void; onDeleted: () => void }>;
}

interface BulkBarProps<T> {
  items: readonly T[];
  actions: BulkActions<T>;
  name: (item: T) => string;
  onClear: () => void;
  /** After a bulk change: refetch the list. */
  onChanged: () => void;
}

/**
 * The bar over a list with rows ticked: how many, Add tag, Delete, Clear. A delete goes through
 * each resource's own delete plan in turn (its checks, its Force, its refusal), never around it.
 */
export function BulkBar<T extends { id: string; tags: Tag[] }>(props: BulkBarProps<T>) {
  const { items, actions, name } = props;
  const { t } = useTranslation();
  const [tagging, setTagging] = useState(false);
  const [queue, setQueue] = useState<readonly T[]>([]);
  const DeleteModal = actions.deleteModal;
  const replaceTags = actions.replaceTags;
  const next = () =>
    setQueue((q) => {
      if (q.length <= 1) props.onChanged();
      return q.slice(1);
    });

  const addTag = async (tag: Tag) => {
    if (!replaceTags) return;
    const failed: string[] = [];
    for (const item of items) {
      const tags = [...item.tags.filter((x) => x.key !== tag.key), tag];
      await replaceTags(item, tags).catch((error: unknown) => {
        failed.push(name(item));
        notifyError(toApiError(error), t);
      });
    }
    props.onChanged();
    if (failed.length > 0)
      throw new Error(t('polishLook.bulk.tagFailed', { names: failed.join(', ') }));
    notifySuccess(t('polishLook.bulk.tagDone', { count: items.length }));
    setTagging(false);
  };

  return (
    <Paper withBorder p="xs" mb="sm" role="region" aria-label={t('polishLook.bulk.region')}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text fz="sm" fw={600} role="status">
          {t('polishLook.bulk.selected', { count: items.length })}
        </Text>
        <Group gap="xs">
          {replaceTags && (
            <Button size="xs" variant="default" onClick={() => setTagging(true)}>
              {t('polishLook.bulk.tag')}
            </Button>
          )}
          {DeleteModal && (
            <Button size="xs" color="red" onClick={() => setQueue(items)}>
              {t('polishLook.bulk.delete')}
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={props.onClear}>
            {t('polishLook.bulk.clear')}
          </Button>
        </Group>
      </Group>
      {tagging && (
        <Suspense fallback={null}>
          <BulkTagModal count={items.length} onSubmit={addTag} onClose={() => setTagging(false)} />
        </Suspense>
      )}
      {DeleteModal && queue[0] && (
        <Suspense fallback={null}>
          <DeleteModal key={queue[0].id} gateway={queue[0]} onClose={next} onDeleted={next} />
        </Suspense>
      )}
    </Paper>
  );
}
