import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useValueAfterPaint } from './use-value-after-paint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in a task after the next animation frame, once', async () => {
    const run = vi.fn();
    afterNextPaint(run);
    expect(run).not.toHaveBeenCalled();
    frames.forEach((f) => f(0));
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
    frames.forEach((f) => f(0));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs neither way once cancelled', () => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    cancel();
    frames.forEach((f) => f(0));
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('useValueAfterPaint', () => {
  it('shows the previous value until the frame of a change is painted, then the new one', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const seen: string[] = [];
    function Probe({ value }: { value: string }) {
      seen.push(useValueAfterPaint(value));
      return null;
    }
    const view = render(<Probe value="a" />);
    act(() => view.rerender(<Probe value="ab" />));
    expect(seen.at(-1)).toBe('a');
    act(() => frames.splice(0).forEach((f) => f(0)));
    expect(seen.at(-1)).toBe('a');
    await vi.waitFor(() => expect(seen.at(-1)).toBe('ab'));
    vi.unstubAllGlobals();
  });

  it('skips a value typed over before its frame: the latest is the one it lands on', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
    const seen: string[] = [];
    function Probe({ value }: { value: string }) {
      seen.push(useValueAfterPaint(value));
      return null;
    }
    const view = render(<Probe value="a" />);
    act(() => view.rerender(<Probe value="ab" />));
    act(() => view.rerender(<Probe value="abc" />));
    act(() => frames.splice(0).forEach((f) => f(0)));
    await vi.waitFor(() => expect(seen.at(-1)).toBe('abc'));
    expect(seen).not.toContain('ab');
    vi.unstubAllGlobals();
  });
});
