// Mantine's AppShellResizeHandle module, resolved by build/vite-app-shell-shims.ts (the browser
// build only): @mantine/core exports no path to it.
declare module 'gc:mantine-app-shell-resize-handle' {
  import type { ComponentType } from 'react';

  export const AppShellResizeHandle: ComponentType<{ section: string; sectionId: string }>;
}
