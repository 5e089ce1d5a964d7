import type { Tag } from '@gc/contracts';
import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './form-modal';

interface BulkTagModalProps {
  count: number;
  /** Adds the tag to every ticked resource; rejects with the names it could not tag. */
  onSubmit: (tag: Tag) => Promise<void>;
  onClose: () => void;
}

/** Asks for one tag (key and value) to add to, or overwrite on, each ticked resource. */
export function BulkTagModal({ count, onSubmit, onClose }: BulkTagModalProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  return (
    <FormModal
      title={t('polishLook.bulk.tagTitle', { count })}
      onClose={onClose}
      submitLabel={t('polishLook.bulk.tagApply')}
      pending={pending}
      error={null}
      values={{ key, value }}
      onSubmit={(e) => {
        e.preventDefault();
        if (key.trim() === '') return setKeyError(t('validation.required'));
        setKeyError(null);
        setFailure(null);
        setPending(true);
        onSubmit({ key: key.trim(), value })
          .catch((error: unknown) => setFailure(error instanceof Error ? error.message : ''))
          .finally(() => setPending(false));
      }}
    >
      <TextInput
        label={t('polishLook.bulk.tagKey')}
        value={key}
        onChange={(e) => setKey(e.currentTarget.value)}
        error={keyError}
        required
        data-autofocus
      />
      <TextInput
        label={t('polishLook.bulk.tagValue')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      {failure && (
        <Text c="red" fz="sm" role="alert">
          {failure}
        </Text>
      )}
    </FormModal>
  );
}
