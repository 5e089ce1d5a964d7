import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NAV_ITEMS } from './nav-items';

/** The side navigation: one link per section of the current region. */
export function MainNav({ regionId, onNavigate }: { regionId: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {NAV_ITEMS.map((item) => (
        <NavLink
          key={item.segment}
          to={`/regions/${regionId}/${item.segment}`}
          onClick={onNavigate}
          style={{ textDecoration: 'none', color: 'inherit' }}
        >
          {({ isActive }) => (
            <MantineNavLink
              component="span"
              label={t(item.labelKey)}
              active={isActive}
              variant="filled"
            />
          )}
        </NavLink>
      ))}
    </Stack>
  );
}
