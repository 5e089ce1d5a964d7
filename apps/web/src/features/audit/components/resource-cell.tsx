import { Anchor, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResourceExists } from '../api/audit-entries';

/** The entry's resource: a link to its page while it still exists, plain text once it is gone. */
export function ResourceCell({ regionId, resourceId }: { regionId?: string; resourceId?: string }) {
  const { t } = useTranslation();
  const { link, exists } = useResourceExists(regionId, resourceId);
  if (!resourceId) return <Text c="dimmed">{t('common.none')}</Text>;
  if (link && exists === true) {
    return (
      <Anchor component={Link} to={link.to} fz="xs" ff="monospace">
        {resourceId}
      </Anchor>
    );
  }
  return (
    <Text fz="sm" ff="monospace" span>
      <Code fz="xs">{resourceId}</Code>
      {link && exists === false && (
        <Text span fz="xs" c="dimmed" ml={4}>
          {t('audit.resourceGone')}
        </Text>
      )}
    </Text>
  );
}
