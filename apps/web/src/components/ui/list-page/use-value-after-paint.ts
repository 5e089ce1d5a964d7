import { startTransition, useEffect, useState } from 'react';

// A hidden tab paints no frame: after this long the timer stands in for the frame.
const NO_FRAME_MS = 100;

/**
 * Calls `run` in a task of its own once the frame being prepared has been painted: an animation
 * frame callback runs before that frame's paint, and a message posted from it after. Not `run`
 * from the frame callback itself: React's scheduler may already have a task queued from the
 * urgent render (its passive effects), and work scheduled from the frame would run in that
 * task, ahead of anything else waiting for the paint. Returns a cancel function.
 */
export function afterNextPaint(run: () => void): () => void {
  let done = false;
  let frame: number | undefined;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    run();
  };
  const timer = setTimeout(once, NO_FRAME_MS);
  if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        once();
      };
      channel.port2.postMessage(null);
    });
  }
  return () => {
    done = true;
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/**
 * `value`, one frame late: after a change, the previous value until the frame of that change
 * is painted, then the new one in a transition. Like `useDeferredValue`, whose background render
 * React's scheduler posts in the urgent render's own task, so it ran between the keystroke's
 * frame and its paint on a 2-core machine (6–10 ms per keystroke, traced) and competed with the
 * frame's raster for the cores. A keystroke's frame first, then the rest.
 */
export function useValueAfterPaint<V>(value: V): V {
  const [later, setLater] = useState(value);
  const behind = !Object.is(later, value);
  useEffect(() => {
    if (!behind) return undefined;
    return afterNextPaint(() => startTransition(() => setLater(() => value)));
  }, [behind, value]);
  return later;
}
