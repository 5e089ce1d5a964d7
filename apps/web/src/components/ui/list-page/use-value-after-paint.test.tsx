import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useValueAfterPaint } from './use-value-after-paint';

// Animation frames the test runs by hand: `paint()` runs those requested so far.
function stubFrames(): { paint: () => void } {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  return { paint: () => frames.splice(0).forEach((f) => f(0)) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  let paint: () => void;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    paint = stubFrames().paint;
  });

  it('runs in a task after the next animation frame, once', async () => {
    const run = vi.fn();
    afterNextPaint(run);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs from a timer when no frame comes (a hidden tab)', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
    paint();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs neither way once cancelled', () => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    cancel();
    paint();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('useValueAfterPaint', () => {
  const seen: string[] = [];
  function Probe({ value }: { value: string }) {
    seen.push(useValueAfterPaint(value));
    return null;
  }
  beforeEach(() => {
    seen.length = 0;
  });

  it('shows the previous value until the frame of a change is painted, then the new one', async () => {
    const { paint } = stubFrames();
    const view = render(<Probe value="a" />);
    act(() => view.rerender(<Probe value="ab" />));
    expect(seen.at(-1)).toBe('a');
    act(paint);
    expect(seen.at(-1)).toBe('a');
    await vi.waitFor(() => expect(seen.at(-1)).toBe('ab'));
  });

  it('skips a value typed over before its frame: the latest is the one it lands on', async () => {
    const { paint } = stubFrames();
    const view = render(<Probe value="a" />);
    act(() => view.rerender(<Probe value="ab" />));
    act(() => view.rerender(<Probe value="abc" />));
    act(paint);
    await vi.waitFor(() => expect(seen.at(-1)).toBe('abc'));
    expect(seen).not.toContain('ab');
  });
});
