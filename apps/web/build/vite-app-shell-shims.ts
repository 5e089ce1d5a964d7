import { join } from 'node:path';
import type { Plugin } from 'vite';

const APP_SHELL = '/@mantine/core/esm/components/AppShell/';

/**
 * Mantine's AppShell header, footer and aside import `react-remove-scroll` only for two class
 * names; this points them at src/lib/remove-scroll-class-names.ts, so the scroll lock loads with
 * the first modal instead of with every page. If Mantine moves the files, the plugin stops
 * matching and the build is merely larger, never broken.
 */
export function appShellShims(root: string): Plugin {
  const removeScroll = join(root, 'src/lib/remove-scroll-class-names.ts');
  return {
    name: 'gc:app-shell-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.includes(APP_SHELL) !== true) return null;
      return source === 'react-remove-scroll' ? removeScroll : null;
    },
  };
}
