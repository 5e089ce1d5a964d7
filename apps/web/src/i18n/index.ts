import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bootStrings as en } from './boot-strings';

declare module 'i18next' {
  interface CustomTypeOptions {
    // Keys are type-checked against the English file; a parity test keeps zh.json in step.
    resources: { translation: typeof en };
  }
}

export const LANGUAGES = [
  { code: 'en', labelKey: 'language.en' },
  { code: 'zh-CN', labelKey: 'language.zh' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'gc.language';

/** The remembered language, else the browser's if we have it, else English. */
export function detectLanguage(stored: string | null, browser: readonly string[]): LanguageCode {
  const known = (code: string | null | undefined): LanguageCode | undefined => {
    if (!code) return undefined;
    if (code === 'en' || code.startsWith('en-')) return 'en';
    if (code === 'zh-CN' || code === 'zh' || code.startsWith('zh-Hans')) return 'zh-CN';
    return undefined;
  };
  return known(stored) ?? browser.map(known).find((c) => c !== undefined) ?? 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The app's i18next instance: the first screens' English is bundled (it is the fallback), the
 * rest of English and all of Chinese load on demand.
 */
export const i18n = i18next.createInstance();

// Each language is its own chunk but English, so a page carries one set of strings, not two.
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<typeof en>> = {
  'zh-CN': () => import('./zh.json').then((m) => m.default),
};

let allEnglish: Promise<void> | undefined;

/**
 * Loads the English strings the first load leaves out (routes that use them await it); once,
 * merged into the bundle, so every component re-renders with them.
 */
export function loadAllStrings(): Promise<void> {
  allEnglish ??= import('./en.json').then(
    (m) => {
      i18n.addResourceBundle('en', 'translation', m.default, true, true);
    },
    (error: unknown) => {
      allEnglish = undefined; // the next page asks again
      throw error;
    },
  );
  return allEnglish;
}

/** Makes sure a language's strings are loaded (call before rendering in that language). */
export async function loadLanguage(lng: string): Promise<void> {
  if (lng === 'en' || i18n.hasResourceBundle(lng, 'translation')) return;
  const load = loaders[lng as keyof typeof loaders] as (() => Promise<typeof en>) | undefined;
  if (!load) return;
  i18n.addResourceBundle(lng, 'translation', await load());
  if (i18n.language === lng) syncDocument(lng);
}

/** Loads a language's strings, then switches the UI to it (the choice is remembered). */
export async function changeLanguage(lng: LanguageCode): Promise<void> {
  await (lng === 'en' ? loadAllStrings() : loadLanguage(lng));
  await i18n.changeLanguage(lng);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  partialBundledLanguages: true,
  lng: detectLanguage(readStored(), typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  // Strings that arrive later (loadAllStrings, a language) re-render what already shows.
  react: { bindI18nStore: 'added' },
  initAsync: false,
});

function syncDocument(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.title = i18n.t('app.title');
}
syncDocument(i18n.language);
i18n.on('languageChanged', (lng) => {
  syncDocument(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  // The server renders the next page in it (apps/bff/src/spa/server-render.ts).
  if (typeof document !== 'undefined') {
    document.cookie = `gc_lang=${encodeURIComponent(lng)}; path=/; max-age=31536000; SameSite=Lax`;
  }
});
