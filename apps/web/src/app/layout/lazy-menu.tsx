import { lazy, Suspense, useState, type ComponentType } from 'react';

/** What a menu loaded by {@link lazyMenu} is given: open at once if its stand-in was clicked. */
export interface LazyMenuProps {
  defaultOpened: boolean;
}

/**
 * A top-bar menu kept out of the first load: Mantine's Menu brings Popover, floating-ui and
 * react-remove-scroll (~25 KB gzip), which no first screen shows. Until its chunk arrives (just
 * after the first paint) `Button`, its own target, stands in and looks the same; a click on it
 * is not lost: the menu opens as soon as it is there.
 */
export function lazyMenu<P extends object>(
  load: () => Promise<ComponentType<P & LazyMenuProps>>,
  Button: ComponentType<P & { onClick: () => void }>,
): ComponentType<P> {
  const Menu = lazy(async () => ({ default: await load() }));
  return function LazyMenu(props: P) {
    const [clicked, setClicked] = useState(false);
    return (
      <Suspense fallback={<Button {...props} onClick={() => setClicked(true)} />}>
        <Menu {...props} defaultOpened={clicked} />
      </Suspense>
    );
  };
}
