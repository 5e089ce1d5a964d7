import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { regionLabel, rememberRegion, useRegions } from '../../lib/lookups/regions';
import { sectionOf } from './nav-items';

/** Switches region, keeping the section (a detail page goes back to its list). */
export function RegionSwitcher({ regionId }: { regionId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useRegions();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const regions = data?.items ?? [];
  const options = regions.map((r) => ({ value: r.id, label: regionLabel(r, i18n.language) }));
  if (!regions.some((r) => r.id === regionId))
    options.unshift({ value: regionId, label: regionId });
  return (
    <NativeSelect
      aria-label={t('shell.region')}
      data={options}
      value={regionId}
      size="sm"
      w={{ base: 170, sm: 200 }}
      onChange={(event) => {
        const next = event.currentTarget.value;
        rememberRegion(next);
        void navigate(`/regions/${next}/${sectionOf(pathname)}`);
      }}
    />
  );
}
