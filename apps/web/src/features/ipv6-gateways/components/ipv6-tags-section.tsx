import { replaceTagsSchema, type Ipv6Gateway, type Tag } from '@gc/contracts';
import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { serverFieldErrors, validateWith } from '../../../lib/form-validation';
import { OperatorOnly } from '../../../lib/operator-only';
import { TagsEditor } from '../../nat-gateways/components/tags-editor';
import { useUpdateIpv6GatewayTags } from '../api/ipv6-gateway-mutations';

function EditTagsModal({ gateway, onClose }: { gateway: Ipv6Gateway; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateIpv6GatewayTags(gateway.regionId, gateway.id);
  const form = useForm<{ tags: Tag[] }>({
    initialValues: { tags: gateway.tags },
    validate: validateWith(replaceTagsSchema, (v: { tags: Tag[] }) => v, t),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(values.tags, {
      onSuccess: () => {
        notifySuccess(t('ipv6.tags.saved'));
        onClose();
      },
      onError: (error) => {
        const fields = serverFieldErrors(error, t);
        form.setErrors(fields);
        if (Object.keys(fields).length === 0) notifyError(error, t);
      },
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('ipv6.tags.editTitle')}
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

/** The gateway's tags, editable by operators (the NAT feature's tag editor). */
export function Ipv6TagsSection({ gateway }: { gateway: Ipv6Gateway }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title={t('ipv6.tags.title')}
      actions={
        <OperatorOnly>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('ipv6.tags.edit')}
          </Button>
        </OperatorOnly>
      }
    >
      {gateway.tags.length === 0 ? (
        <Text fz="sm">{t('ipv6.tags.empty')}</Text>
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
