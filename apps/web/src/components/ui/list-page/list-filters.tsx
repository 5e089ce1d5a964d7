import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { memo, useState, type ReactNode } from 'react';

/**
 * Debounced text filters reach the URL (and the BFF) this long after the last keystroke. The
 * gateway lists' search box narrows the rows on each keystroke instead, and writes the URL this
 * long after the last one (`useTypedSearch`).
 */
export const FILTER_DEBOUNCE_MS = 300;

/** The filter row: a `search` landmark that e2e and screen readers find. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search">
      {children}
    </Group>
  );
}

interface TextFilterProps {
  label: string;
  placeholder?: string;
  /** The value in the URL. */
  value: string | undefined;
  onChange: (value: string) => void;
  w?: number;
  /** 0: every keystroke reaches `onChange` at once. */
  debounceMs?: number;
}

/** A debounced (or instant) text filter that follows the URL when it changes under it (back, "Clear"). */
export function TextFilter({
  label,
  placeholder,
  value = '',
  onChange,
  w = 220,
  debounceMs = FILTER_DEBOUNCE_MS,
}: TextFilterProps) {
  const [text, setText] = useState(value);
  const [fromUrl, setFromUrl] = useState(value);
  if (value !== fromUrl) {
    setFromUrl(value);
    setText(value);
  }
  const debounced = useDebouncedCallback(onChange, debounceMs);
  const commit = debounceMs > 0 ? debounced : onChange;
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      w={w}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
    />
  );
}

interface SelectFilterProps<V extends string> {
  label: string;
  /** The label of the empty choice ("All statuses"). */
  allLabel: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  /** Undefined for the empty choice; a value outside `options` is never passed. */
  onChange: (value: V | undefined) => void;
  w?: number;
}

function SelectFilterImpl<V extends string>(props: SelectFilterProps<V>) {
  const { options, onChange } = props;
  return (
    <NativeSelect
      label={props.label}
      value={props.value ?? ''}
      w={props.w ?? 180}
      data={[{ value: '', label: props.allLabel }, ...options]}
      onChange={(event) => {
        const raw = event.currentTarget.value;
        onChange(options.find((o) => o.value === raw)?.value);
      }}
    />
  );
}

/**
 * A single-choice filter on a real `<select>`, with an "all" choice first. Memoised: a keystroke
 * in the search box beside it leaves it alone when its options and callback are stable.
 */
export const SelectFilter = memo(SelectFilterImpl) as typeof SelectFilterImpl;

/** "Clear filters", shown only while a filter is set. */
export function ClearFilters({
  shown,
  label,
  onClear,
}: {
  shown: boolean;
  label: string;
  onClear: () => void;
}) {
  return shown ? (
    <Button variant="subtle" onClick={onClear}>
      {label}
    </Button>
  ) : null;
}
