import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const APP_SHELL = '/@mantine/core/esm/components/AppShell/';
const RESIZE_HANDLE = '../AppShellResizeHandle/AppShellResizeHandle.mjs';
/** The specifier src/lib/lazy-app-shell-resize-handle.tsx loads Mantine's own handle by. */
export const REAL_RESIZE_HANDLE = 'gc:mantine-app-shell-resize-handle';

/**
 * Keeps what Mantine's AppShell bars (header, navbar, aside, footer) import but a first screen
 * does not need out of every page's first load:
 * - `react-remove-scroll`, imported for two class names: src/lib/remove-scroll-class-names.ts
 *   has them, and the scroll lock itself loads with the first modal;
 * - AppShellResizeHandle, rendered only when the shell is `resizable`:
 *   src/lib/lazy-app-shell-resize-handle.tsx loads it when one first shows.
 * If Mantine moves the files, the plugin stops matching and the build is merely larger, never
 * broken (a test checks the imports it matches are still there).
 */
export function appShellShims(root: string): Plugin {
  const removeScroll = join(root, 'src/lib/remove-scroll-class-names.ts');
  const lazyHandle = join(root, 'src/lib/lazy-app-shell-resize-handle.tsx');
  return {
    name: 'gc:app-shell-shims',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === REAL_RESIZE_HANDLE) {
        const core = await this.resolve('@mantine/core', importer, { skipSelf: true });
        return core && join(dirname(core.id), 'components/AppShell', RESIZE_HANDLE.slice(3));
      }
      if (importer?.includes(APP_SHELL) !== true) return null;
      if (source === 'react-remove-scroll') return removeScroll;
      return source === RESIZE_HANDLE ? lazyHandle : null;
    },
  };
}
