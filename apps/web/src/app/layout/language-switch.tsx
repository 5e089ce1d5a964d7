import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type LanguageCode } from '../../i18n';

/** English / 简体中文; the choice is remembered by the i18n module. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('shell.language')}
      size="sm"
      w={120}
      value={i18n.language}
      data={LANGUAGES.map((l) => ({ value: l.code, label: t(l.labelKey) }))}
      onChange={(event) => void changeLanguage(event.currentTarget.value as LanguageCode)}
    />
  );
}
