import type { NatGateway } from '@gc/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeleteWords } from '../../../components/ui/detail-page/delete-words';

/** Shown instead of the delete plan while the gateway is protected: nothing can be submitted. */
export function DeleteRefusedModal({
  gateway,
  onClose,
}: {
  gateway: NatGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = gateway.name || gateway.id;
  const words = useDeleteWords(t('nat.delete.kind'));
  return (
    <Modal opened onClose={onClose} title={words.title} withCloseButton={false}>
      <Stack>
        <Alert
          color="orange"
          variant="outline"
          role="alert"
          title={t('natProtection.refused.title')}
        >
          <Text fz="sm">{t('natProtection.refused.reason', { name })}</Text>
          <Text fz="sm" mt="xs">
            {t('natProtection.refused.howTo', { switch: t('natProtection.switch') })}
          </Text>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
