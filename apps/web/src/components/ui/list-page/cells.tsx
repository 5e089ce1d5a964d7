import { Anchor, Stack, Text } from '@mantine/core';
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { getI18n, I18nContext } from 'react-i18next';
import { useNavigate, type NavigateFunction } from 'react-router';

// A list row renders ~10 texts; Mantine's <Text>/<Group> work out their classes and styles from
// the theme on every render (~50 µs each), which made 100 rows cost 100+ ms. These render the
// same markup (Mantine's own classes; app/global.css's `gc-` classes where Mantine puts inline
// styles, which cost a style parse per declaration each time a row mounts) as plain elements.
const TEXT_CLASS = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;

type Size = 'xs' | 'sm';
const textClass = (size: Size, dimmed: boolean, mono: boolean, nowrap: boolean) =>
  [TEXT_CLASS, `gc-fz-${size}`, dimmed && 'gc-dimmed', mono && 'gc-mono', nowrap && 'gc-nowrap']
    .filter(Boolean)
    .join(' ');
// Every combination, worked out once: `[size][dimmed][mono][nowrap]`.
const CLASSES = Object.fromEntries(
  (['xs', 'sm'] as const).flatMap((size) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => [
      `${size}${bits}`,
      textClass(size, (bits & 1) > 0, (bits & 2) > 0, (bits & 4) > 0),
    ]),
  ),
) as Record<string, string>;

interface CellTextProps {
  children: ReactNode;
  /** Mantine's font size: `sm` for a cell's main line, `xs` for the line under it. */
  size?: Size;
  dimmed?: boolean;
  mono?: boolean;
  /** On one line, whatever the column's width (IDs). */
  nowrap?: boolean;
}

/** The classes of a {@link CellText} of these options, for a line that holds more than text. */
export function cellTextClass({
  size = 'sm',
  dimmed = false,
  mono = false,
  nowrap = false,
}: Omit<CellTextProps, 'children'>): string {
  const bits = (dimmed ? 1 : 0) | (mono ? 2 : 0) | (nowrap ? 4 : 0);
  return CLASSES[`${size}${bits}`] ?? TEXT_CLASS;
}

/** A line of text in a table cell: Mantine's `<Text>` markup without its per-render theme work. */
export function CellText({ children, ...options }: CellTextProps) {
  return <p className={cellTextClass(options)}>{children}</p>;
}

const STACK_CLASS = `${Stack.classes.root} mantine-Stack-root gc-stack`;

/** Lines stacked without a gap (Mantine's `<Stack gap={0}>` markup). */
export function CellStack({ children }: { children: ReactNode }) {
  return <div className={STACK_CLASS}>{children}</div>;
}

// One navigate function per table: a react-router <Link> per row subscribes every row to the
// router's location, so each keystroke in a filter (a URL change) re-rendered every row.
const RowNavigate = createContext<NavigateFunction | null>(null);

/** Gives the table's row links a navigate function (one `useNavigate` for the whole table). */
export function RowNavigateProvider({ children }: { children: ReactNode }) {
  return <RowNavigate.Provider value={useNavigate()}>{children}</RowNavigate.Provider>;
}

const ANCHOR_CLASS = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root gc-link`;

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
    <a className={ANCHOR_CLASS} data-underline="hover" href={to} onClick={onClick}>
      {children}
    </a>
  );
}

// Outside the app's providers (a bare unit test): keys, as react-i18next answers without one.
const KEYS_ONLY = { t: (key: string) => key } as unknown as i18n;

/**
 * `f` with its answers kept, for a list's columns: every row asks the same few strings of
 * i18next (~50 µs a call) and of the date formatter. Made with the columns, which are made anew
 * when the language or the strings change.
 */
export function remember<F extends (...args: never) => unknown>(f: F): F {
  const call = f as unknown as (...args: unknown[]) => unknown;
  const answers = new Map<string, unknown>();
  const remembered = (...args: unknown[]) => {
    const key = JSON.stringify(args);
    if (!answers.has(key)) answers.set(key, call(...args));
    return answers.get(key);
  };
  return remembered as unknown as F;
}

const rowTexts = new WeakMap<i18n, Map<string, string>>();

/**
 * `i18n.t(key, options)` for a part every row repeats (a status label, a copy button's name),
 * kept until the instance's language or strings change.
 */
export function rowText(i18n: i18n, key: string, options?: Record<string, string>): string {
  const translate = () => String(i18n.t(key as never, options as never));
  let texts = rowTexts.get(i18n);
  if (texts === undefined) {
    if (typeof i18n.on !== 'function') return translate();
    const kept = new Map<string, string>();
    i18n.on('languageChanged', () => kept.clear());
    i18n.store?.on('added', () => kept.clear());
    rowTexts.set(i18n, kept);
    texts = kept;
  }
  const id = `${i18n.language}\u0000${key}\u0000${options ? JSON.stringify(options) : ''}`;
  const known = texts.get(id);
  if (known !== undefined) return known;
  const text = translate();
  texts.set(id, text);
  return text;
}

/**
 * The app's i18next instance, for texts of parts every row repeats (copy buttons, status
 * badges): `useTranslation` builds a translator and subscribes to language changes per call,
 * ~0.1 ms each. A language change still reaches them: it re-renders their parents (the list's
 * columns and every page that prints them depend on `t`).
 */
export function useI18n(): i18n {
  return useContext(I18nContext)?.i18n ?? getI18n() ?? KEYS_ONLY;
}
