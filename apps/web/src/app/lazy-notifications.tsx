import { lazy, Suspense } from 'react';

// The toast container (and react-transition-group) is not needed for the first paint:
// `notifications.show()` only writes to a small store, which the container renders once loaded.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

/** Mantine's notifications container, loaded after the page. */
export function LazyNotifications() {
  return (
    <Suspense fallback={null}>
      {/* Bottom right: at the top the toasts covered the language, user and Sign out controls. */}
      <Notifications position="bottom-right" />
    </Suspense>
  );
}
