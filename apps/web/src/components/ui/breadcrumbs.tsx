import { Anchor, Breadcrumbs as MantineBreadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** One step of the trail: a link, or the current page when it has no `to`. */
export interface Crumb {
  label: string;
  to?: string;
}

/**
 * Where this page sits ("NAT gateways › prod-egress"): a nav landmark with links up the tree,
 * the current page last and marked `aria-current`.
 */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('polishLook.breadcrumbs.label')}>
      <MantineBreadcrumbs separator="›" separatorMargin={6}>
        {items.map((c) =>
          c.to !== undefined ? (
            <Anchor key={c.label} component={Link} to={c.to} fz="sm">
              {c.label}
            </Anchor>
          ) : (
            <Text key={c.label} fz="sm" c="dimmed" aria-current="page" truncate="end" maw={360}>
              {c.label}
            </Text>
          ),
        )}
      </MantineBreadcrumbs>
    </nav>
  );
}
