// Imported first by every component test: jsdom lacks what Mantine measures with.
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= () => undefined;
// Mantine's autosize Textarea listens for web fonts loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

// CI runs on 2 cores beside other suites: give findBy*/waitFor more than the 1 s default.
configure({ asyncUtilTimeout: 5_000 });
// Role queries over Mantine's DOM are slow in jsdom; under load a test needs more than 5 s.
vi.setConfig({ testTimeout: 20_000 });

// The root vitest config has no `globals`, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
