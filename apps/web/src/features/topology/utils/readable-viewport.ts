import type { Viewport } from '@xyflow/react';
import { NODE_SIZE, type Placed } from './topology-layout';

/** The smallest text in a node is 12 px: at this zoom it is still over 11 px on screen. */
export const READABLE_ZOOM = 0.95;
const MAX_ZOOM = 1.2;
const PAD = 16;

/** The box around the placed nodes, in graph coordinates. */
export function graphBounds(placed: readonly Placed[]) {
  const xs = placed.map((p) => p.x);
  const ys = placed.map((p) => p.y);
  const x = Math.min(...xs, 0);
  const y = Math.min(...ys, 0);
  return {
    x,
    y,
    width: Math.max(...xs, 0) + NODE_SIZE.width - x,
    height: Math.max(...ys, 0) + NODE_SIZE.height - y,
  };
}

/** The canvas height that shows the whole graph at the readable zoom, within sane limits. */
export function canvasHeight(placed: readonly Placed[]): number {
  return Math.round(
    Math.min(720, Math.max(420, graphBounds(placed).height * READABLE_ZOOM + 2 * PAD)),
  );
}

/**
 * The first view: the whole graph when it fits at a readable zoom; otherwise the readable zoom,
 * starting at the left (the VPC, where the eye starts) and vertically centred, the rest a pan or
 * the minimap away. Plain `fitView` would shrink a large VPC's text to a few pixels.
 */
export function readableViewport(
  placed: readonly Placed[],
  canvas: { width: number; height: number },
): Viewport {
  const b = graphBounds(placed);
  const fit = Math.min((canvas.width - 2 * PAD) / b.width, (canvas.height - 2 * PAD) / b.height);
  const zoom = Math.min(MAX_ZOOM, Math.max(READABLE_ZOOM, fit));
  const centre = (size: number, extent: number, origin: number) =>
    extent * zoom <= size - 2 * PAD
      ? (size - extent * zoom) / 2 - origin * zoom
      : PAD - origin * zoom;
  const y =
    b.height * zoom <= canvas.height - 2 * PAD
      ? centre(canvas.height, b.height, b.y)
      : (canvas.height - b.height * zoom) / 2 - b.y * zoom;
  return { x: centre(canvas.width, b.width, b.x), y, zoom };
}
