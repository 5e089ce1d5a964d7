import type { InventoryRegion } from '@gc/contracts';
import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One banner per region that could not be read completely; its partial rows stay listed. */
export function RegionFailures({ regions }: { regions: InventoryRegion[] }) {
  const { t } = useTranslation();
  const failed = regions.filter((r) => !r.ok);
  if (failed.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {failed.map((r) => (
        <Alert
          key={r.id}
          color="red"
          variant="light"
          role="alert"
          title={t('inventory.regionFailed', { region: r.id })}
        >
          <Text fz="sm">{t('inventory.regionFailedHint', { count: r.itemCount })}</Text>
          <Text fz="sm">
            {t('errors.code')}: <Code>{r.error?.code}</Code>
            {r.error?.requestId && (
              <>
                {' · '}
                {t('errors.requestId')}: <Code>{r.error.requestId}</Code>
              </>
            )}
          </Text>
          {r.error?.message && <Text fz="sm">{r.error.message}</Text>}
        </Alert>
      ))}
    </Stack>
  );
}
