import { Anchor, Group, Stack, Text } from '@mantine/core';
import {
  createContext,
  useContext,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { i18n } from 'i18next';
import { getI18n, I18nContext } from 'react-i18next';
import { useNavigate, type NavigateFunction } from 'react-router';

// A list row renders ~10 texts; Mantine's <Text>/<Group> work out their classes and styles from
// the theme on every render (~50 µs each), which made 100 rows cost 100+ ms. These render the
// same markup (Mantine's own classes and CSS variables, as `renderToStaticMarkup` of the Mantine
// components shows) as plain elements.
const TEXT_CLASS = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;

type Size = 'xs' | 'sm';
const style = (size: Size, dimmed: boolean, mono: boolean): CSSProperties => ({
  ...(dimmed ? { color: 'var(--mantine-color-dimmed)' } : {}),
  ...(mono ? { fontFamily: 'var(--mantine-font-family-monospace)' } : {}),
  fontSize: `var(--mantine-font-size-${size})`,
});
const STYLES = {
  'sm--': style('sm', false, false),
  'sm-d-': style('sm', true, false),
  'sm--m': style('sm', false, true),
  'xs--': style('xs', false, false),
  'xs-d-': style('xs', true, false),
  'xs--m': style('xs', false, true),
  'xs-d-m': style('xs', true, true),
  'sm-d-m': style('sm', true, true),
} as const;

interface CellTextProps {
  children: ReactNode;
  /** Mantine's font size: `sm` for a cell's main line, `xs` for the line under it. */
  size?: Size;
  dimmed?: boolean;
  mono?: boolean;
  /** Extra style (e.g. `whiteSpace: 'nowrap'`), kept off the hot path when absent. */
  extra?: CSSProperties;
}

/** A line of text in a table cell: Mantine's `<Text>` markup without its per-render theme work. */
export function CellText({
  children,
  size = 'sm',
  dimmed = false,
  mono = false,
  extra,
}: CellTextProps) {
  const base = STYLES[`${size}-${dimmed ? 'd' : ''}-${mono ? 'm' : ''}`];
  return (
    <p className={TEXT_CLASS} style={extra ? { ...extra, ...base } : base}>
      {children}
    </p>
  );
}

/** Group's markup (gap 2, no wrap, inline) for an ID and its copy button. */
export const INLINE_GROUP = {
  className: `${Group.classes.root} mantine-Group-root`,
  style: {
    '--group-gap': 'calc(0.125rem * var(--mantine-scale))',
    '--group-align': 'center',
    '--group-justify': 'flex-start',
    '--group-wrap': 'nowrap',
    display: 'inline-flex',
  } as CSSProperties,
};

const STACK = {
  className: `${Stack.classes.root} mantine-Stack-root`,
  style: {
    '--stack-gap': '0rem',
    '--stack-align': 'stretch',
    '--stack-justify': 'flex-start',
  } as CSSProperties,
};

/** Lines stacked without a gap (Mantine's `<Stack gap={0}>` markup). */
export function CellStack({ children }: { children: ReactNode }) {
  return <div {...STACK}>{children}</div>;
}

// One navigate function per table: a react-router <Link> per row subscribes every row to the
// router's location, so each keystroke in a filter (a URL change) re-rendered every row.
const RowNavigate = createContext<NavigateFunction | null>(null);

/** Gives the table's row links a navigate function (one `useNavigate` for the whole table). */
export function RowNavigateProvider({ children }: { children: ReactNode }) {
  return <RowNavigate.Provider value={useNavigate()}>{children}</RowNavigate.Provider>;
}

const ANCHOR_CLASS = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root`;
const ANCHOR_STYLE = { fontWeight: 500 };

/** A link to a resource's page, as a `<Link>` behaves: client-side on a plain click. */
export function RowLink({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useContext(RowNavigate);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const plain = e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey;
    if (!navigate || !plain || e.defaultPrevented) return;
    e.preventDefault();
    void navigate(to);
  };
  return (
    <a
      className={ANCHOR_CLASS}
      style={ANCHOR_STYLE}
      data-underline="hover"
      href={to}
      onClick={onClick}
    >
      {children}
    </a>
  );
}

// Outside the app's providers (a bare unit test): keys, as react-i18next answers without one.
const KEYS_ONLY = { t: (key: string) => key } as unknown as i18n;

/**
 * The app's i18next instance, for texts of parts every row repeats (copy buttons, status
 * badges): `useTranslation` builds a translator and subscribes to language changes per call,
 * ~0.1 ms each. A language change still reaches them: it re-renders their parents (the list's
 * columns and every page that prints them depend on `t`).
 */
export function useI18n(): i18n {
  return useContext(I18nContext)?.i18n ?? getI18n() ?? KEYS_ONLY;
}
