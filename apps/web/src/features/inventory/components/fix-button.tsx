import type { CheckFixAction } from '@gc/contracts';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { ApiError } from '../../../lib/api-error';
import { useApplyFix } from '../api/inventory';
import type { FindingRow } from '../utils/check-texts';

const LABEL = {
  'nat-deletion-protection': 'checks.fixNatProtection',
  'eip-deletion-protection': 'checks.fixEipProtection',
} as const satisfies Record<CheckFixAction, string>;

/** The one-click fix of a finding: asks first, then calls the normal audited route. */
export function FixButton({ row, action }: { row: FindingRow; action: CheckFixAction }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fix = useApplyFix();
  const resource = row.resourceName || row.resourceId;
  const apply = () =>
    fix.mutate(
      { action, regionId: row.regionId, resourceId: row.resourceId },
      {
        onSuccess: () => {
          setOpen(false);
          notifySuccess(t('checks.fixApplied', { resource }));
        },
        onError: (err) => {
          setOpen(false);
          if (err instanceof ApiError) notifyError(err, t, t('checks.fixFailed'));
        },
      },
    );
  return (
    <>
      <Button size="compact-xs" variant="light" onClick={() => setOpen(true)}>
        {t(LABEL[action])}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('checks.confirmTitle')}
        message={t('checks.confirmMessage', {
          action: t(LABEL[action]),
          resource,
          region: row.regionId,
        })}
        confirmLabel={t('checks.applyFix')}
        loading={fix.isPending}
        onConfirm={apply}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
