import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export interface TagRow {
  key: string;
  value: string;
}

interface TagsEditorProps {
  tags: TagRow[];
  inputProps: (path: string) => GetInputPropsReturnType;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Form-level error on the list itself ("at most 20 tags"). */
  error?: string | undefined;
}

export const MAX_TAGS = 20;

/** Key/value rows for tags, with add and remove; errors sit on each key or value. */
export function TagsEditor({ tags, inputProps, onAdd, onRemove, error }: TagsEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={500} fz="sm">
        {t('nat.tags.title')}
      </Text>
      {tags.map((_tag, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={t('nat.tags.key', { n: i + 1 })}
            style={{ flex: 1 }}
            {...inputProps(`tags.${i}.key`)}
          />
          <TextInput
            label={t('nat.tags.value', { n: i + 1 })}
            style={{ flex: 1 }}
            {...inputProps(`tags.${i}.value`)}
          />
          <CloseButton
            mt={28}
            size="lg"
            aria-label={t('nat.tags.remove', { n: i + 1 })}
            onClick={() => onRemove(i)}
          />
        </Group>
      ))}
      {error && (
        <Text c="red.8" fz="sm" role="alert">
          {error}
        </Text>
      )}
      {tags.length < MAX_TAGS && (
        <Button variant="default" size="xs" w="fit-content" onClick={onAdd}>
          {t('nat.tags.add')}
        </Button>
      )}
    </Stack>
  );
}
