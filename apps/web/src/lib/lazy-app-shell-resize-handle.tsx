import { lazy, Suspense } from 'react';

// Mantine's own handle, which build/vite-app-shell-shims.ts resolves (Mantine exports no path).
const Handle = lazy(async () => ({
  default: (await import('gc:mantine-app-shell-resize-handle')).AppShellResizeHandle,
}));

/**
 * Stand-in for Mantine's AppShellResizeHandle in the AppShell bars (see
 * build/vite-app-shell-shims.ts): a bar renders the handle only when the shell is `resizable`,
 * which this app's is not, so its drag code loads when one first shows instead of with every
 * page. Same props, same element, a frame later.
 */
export function AppShellResizeHandle(props: { section: string; sectionId: string }) {
  return (
    <Suspense fallback={null}>
      <Handle {...props} />
    </Suspense>
  );
}
