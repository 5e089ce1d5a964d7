import { ActionIcon, Group, Text, type MantineFontSize } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const COPIED_FOR_MS = 1500;

function CopyGlyph({ done }: { done: boolean }) {
  // Inline paths: an icon library would be a dependency for two glyphs.
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden>
      {done ? (
        <path d="M5 12l5 5 9-10" strokeWidth="2.5" strokeLinecap="round" />
      ) : (
        <>
          <rect x="8" y="8" width="12" height="12" rx="2" strokeWidth="2" />
          <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" strokeWidth="2" />
        </>
      )}
    </svg>
  );
}

/** A button that copies `value` and says so for a moment (its name turns to "Copied"). */
export function CopyIdButton({ value }: { value: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    void navigator.clipboard?.writeText(value).then(() => setCopied(true));
  };
  return (
    <ActionIcon
      variant="subtle"
      color={copied ? 'teal' : 'gray'}
      size="sm"
      onClick={copy}
      aria-label={copied ? t('polishLook.id.copied') : t('polishLook.id.copy', { id: value })}
      data-copy-id={value}
    >
      <CopyGlyph done={copied} />
    </ActionIcon>
  );
}

export interface IdCellProps {
  id: string;
  size?: MantineFontSize;
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
    // A <p> for the ID itself: e2e reads a row's ID as the cell's paragraph text.
    <Group gap={2} wrap="nowrap" style={{ display: 'inline-flex' }}>
      <Text
        fz={size}
        ff="monospace"
        c={dimmed ? 'dimmed' : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {id}
      </Text>
      <CopyIdButton value={id} />
    </Group>
  );
}
