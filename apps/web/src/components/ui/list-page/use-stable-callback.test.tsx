import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableCallback } from './use-stable-callback';

describe('useStableCallback', () => {
  it('keeps one identity across renders and calls the latest function', () => {
    const seen: ((n: number) => string)[] = [];
    function Probe({ suffix }: { suffix: string }) {
      seen.push(useStableCallback((n: number) => `${n}${suffix}`));
      return null;
    }
    const view = render(<Probe suffix="a" />);
    expect(seen[0]?.(1)).toBe('1a');
    act(() => view.rerender(<Probe suffix="b" />));
    expect(seen[1]).toBe(seen[0]);
    expect(seen[0]?.(2)).toBe('2b');
  });
});
