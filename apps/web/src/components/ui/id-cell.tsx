import { ActionIcon, UnstyledButton, type MantineFontSize } from '@mantine/core';
import { useEffect, useState } from 'react';
import { cellTextClass, rowText, useI18n } from './list-page/cells';

const COPIED_FOR_MS = 1500;
// Stands in for the ID in the copy button's name, which is translated once, not once per row.
const ID = '\u0000';

/** A button that copies `value` and says so for a moment (its name turns to "Copied"). */
export function CopyIdButton({ value }: { value: string }) {
  const i18n = useI18n();
  // The value copied, not a flag: a list row's elements can come to show another resource (see
  // DataTable's row keys), and the tick must not follow the button there.
  const [copiedValue, setCopiedValue] = useState<string>();
  const copied = copiedValue === value;
  useEffect(() => {
    if (copiedValue === undefined) return;
    const timer = setTimeout(() => setCopiedValue(undefined), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copiedValue]);
  const copy = () => {
    void navigator.clipboard?.writeText(value).then(() => setCopiedValue(value));
  };
  // <ActionIcon variant="subtle" size="sm">'s markup, its icon drawn by the button itself (its
  // `::before`, app/global.css's mask in the text colour): every list row has one or two of these,
  // and every element a row mounts is paid for on each keystroke that brings it on screen.
  return (
    <button
      type="button"
      className={BUTTON_CLASS}
      data-copied={copied || undefined}
      data-variant="subtle"
      data-size="sm"
      onClick={copy}
      aria-label={
        copied
          ? rowText(i18n, 'polishLook.id.copied')
          : rowText(i18n, 'polishLook.id.copy', { id: ID }).split(ID).join(value)
      }
      data-copy-id={value}
    />
  );
}

// <ActionIcon variant="subtle" size="sm" color="gray" | "teal">: its variables are app/global.css's
// `gc-copy` (teal while `data-copied`).
const BUTTON_CLASS = [
  'mantine-focus-auto mantine-active',
  `${ActionIcon.classes.root} mantine-ActionIcon-root`,
  `${UnstyledButton.classes.root} mantine-UnstyledButton-root`,
  'gc-copy',
].join(' ');

export interface IdCellProps {
  id: string;
  size?: Extract<MantineFontSize, 'xs' | 'sm'>;
  /** Grey, as an ID under a name is. */
  dimmed?: boolean;
}

/**
 * An ID in the monospace face that never breaks (not even at its hyphen), with a copy button.
 * Every list and detail page prints IDs through this, so they all look and copy alike.
 */
export function IdCell({ id, size = 'xs', dimmed = false }: IdCellProps) {
  if (!id) return null;
  return (
    // One <p> holds the ID and its button (the button adds no text): e2e reads a row's ID as the
    // cell's paragraph text.
    <p className={`${cellTextClass({ size, dimmed, mono: true, nowrap: true })} gc-id`}>
      {id}
      <CopyIdButton value={id} />
    </p>
  );
}
