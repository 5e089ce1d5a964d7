import { replaceTagsSchema, type NatGateway, type Tag } from '@gc/contracts';
import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, handleFormError } from '../../../components/ui/form-error';
import { notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { validateWith } from '../../../lib/form-validation';
import { OperatorOnly } from '../../../lib/operator-only';
import { useUpdateNatGatewayTags } from '../api/update-nat-gateway';
import { TagsEditor } from './tags-editor';

function EditTagsModal({ gateway, onClose }: { gateway: NatGateway; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateNatGatewayTags(gateway.regionId, gateway.id);
  const form = useForm<{ tags: Tag[] }>({
    initialValues: { tags: gateway.tags },
    validate: validateWith(replaceTagsSchema, (v: { tags: Tag[] }) => v, t),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(values.tags, {
      onSuccess: () => {
        notifySuccess(t('nat.tags.saved'));
        onClose();
      },
      onError: (error) => handleFormError(error, form, t),
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('nat.tags.editTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TagsEditor
            tags={form.values.tags}
            inputProps={(path) => form.getInputProps(path)}
            onAdd={() => form.insertListItem('tags', { key: '', value: '' })}
            onRemove={(i) => form.removeListItem('tags', i)}
            error={form.errors.tags as string | undefined}
          />
          <FormErrorAlert error={update.error} values={form.values} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The gateway's tags, editable by operators. */
export function TagsSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title={t('nat.tags.title')}
      actions={
        <OperatorOnly>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('nat.tags.edit')}
          </Button>
        </OperatorOnly>
      }
    >
      {gateway.tags.length === 0 ? (
        <Text fz="sm">{t('nat.tags.empty')}</Text>
      ) : (
        <Group gap="xs">
          {gateway.tags.map((tag) => (
            <Badge key={tag.key} variant="outline" color="gray" tt="none" c="dark">
              {tag.value ? `${tag.key}: ${tag.value}` : tag.key}
            </Badge>
          ))}
        </Group>
      )}
      {editing && <EditTagsModal gateway={gateway} onClose={() => setEditing(false)} />}
    </Section>
  );
}
