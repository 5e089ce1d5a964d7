/**
 * Stand-in for `react-remove-scroll`'s `RemoveScroll` as Mantine's AppShell header, footer and
 * aside use it (see build/vite-app-shell-shims.ts): they read only its two class names, to mark
 * the bars that a modal's scroll lock shifts by the scrollbar's width. Importing the real module
 * for two strings would put the whole scroll lock (its side car, styles and gesture handling) on
 * every page's first load; modals still load it, with their own code. The strings must stay
 * those of react-remove-scroll-bar, which the lock's injected CSS targets (a test checks).
 */
export const RemoveScroll = {
  classNames: {
    fullWidth: 'width-before-scroll-bar',
    zeroRight: 'right-scroll-bar-position',
  },
} as const;
