import en from './en.json';

/**
 * The English strings of the first load. As written here, all of them (tests, and any build
 * without the plugin); the app's build replaces this module with en.json minus the namespaces no
 * first screen shows (build/vite-boot-strings.ts), and `loadAllStrings` adds those later.
 */
export const bootStrings: typeof en = en;
