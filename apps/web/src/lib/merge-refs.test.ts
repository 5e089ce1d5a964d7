import { renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMergeRefs } from './merge-refs';

describe('useMergeRefs', () => {
  it('sets object refs and calls callback refs with the same node', () => {
    const objectRef = createRef<string>();
    const callbackRef = vi.fn();
    const { result } = renderHook(() => useMergeRefs<string>([objectRef, callbackRef, undefined]));
    result.current?.('node');
    expect(objectRef.current).toBe('node');
    expect(callbackRef).toHaveBeenCalledWith('node');
  });

  it('is null when there is nothing to merge, and stable while the refs are', () => {
    expect(renderHook(() => useMergeRefs([undefined, null])).result.current).toBeNull();
    const ref = createRef<string>();
    const { result, rerender } = renderHook(() => useMergeRefs([ref]));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
