import type { AuditEntry } from '@gc/contracts';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/ui/list-page/data-table';
import { dateAndTime } from '../../../lib/format';
import { AuditOutcome } from './audit-outcome';
import { ResourceCell } from './resource-cell';

/** The trail's columns, newest first: who did what where, and how it ended. */
export function useAuditColumns(onOpen: (entry: AuditEntry) => void): Column<AuditEntry>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      id: 'details',
      header: t('audit.columns.details'),
      hideHeader: true,
      cell: (e) => (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => onOpen(e)}
          aria-label={t('audit.detailsOf', { action: e.action, time: e.time })}
        >
          {t('audit.details')}
        </Button>
      ),
    },
    {
      id: 'time',
      header: t('audit.columns.time'),
      cell: (e) => {
        const [date, time] = dateAndTime(e.time, i18n.language);
        return (
          <Text fz="sm" title={e.time} style={{ whiteSpace: 'nowrap' }}>
            {date}
            <br />
            {time}
          </Text>
        );
      },
    },
    {
      id: 'user',
      header: `${t('audit.columns.user')} / ${t('audit.columns.role')}`,
      cell: (e) => (
        <>
          <Text fz="sm">{e.user}</Text>
          {e.displayName && (
            <Text fz="xs" title={e.subject && `${t('oidc.subject')}: ${e.subject}`}>
              {e.displayName}
            </Text>
          )}
          <Text fz="xs" c="dimmed">
            {e.role ? t(`roles.${e.role}`) : t('common.none')}
          </Text>
        </>
      ),
    },
    {
      id: 'action',
      header: t('audit.columns.action'),
      cell: (e) => (
        <Text fz="xs" ff="monospace">
          {e.action}
        </Text>
      ),
    },
    {
      id: 'resource',
      header: `${t('audit.columns.resource')} / ${t('audit.columns.region')}`,
      cell: (e) => (
        <>
          <ResourceCell regionId={e.regionId} resourceId={e.resourceId} />
          <Text fz="xs" c="dimmed">
            {e.regionId ?? t('common.none')}
          </Text>
        </>
      ),
    },
    { id: 'outcome', header: t('audit.columns.outcome'), cell: (e) => <AuditOutcome entry={e} /> },
  ];
}
