import { describe, expect, it } from 'vitest';
import { canvasHeight, READABLE_ZOOM, readableViewport } from './readable-viewport';
import { NODE_SIZE } from './topology-layout';

const row = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: i * 300, y: 0 }));

describe('readableViewport', () => {
  it('fits a small graph whole, centred, without blowing it up', () => {
    const v = readableViewport(row(2), { width: 1200, height: 600 });
    expect(v.zoom).toBeLessThanOrEqual(1.2);
    const width = (300 + NODE_SIZE.width) * v.zoom;
    expect(v.x).toBeCloseTo((1200 - width) / 2);
  });

  it('keeps a wide graph at a readable zoom and starts at its left edge', () => {
    const v = readableViewport(row(12), { width: 1000, height: 600 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x).toBe(16);
    // 12 px node text stays at least 11 px on screen.
    expect(12 * v.zoom).toBeGreaterThanOrEqual(11);
  });

  it('sizes the canvas to the graph, within 420 to 720 px', () => {
    expect(canvasHeight(row(1))).toBe(420);
    const tall = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, x: 0, y: i * 90 }));
    expect(canvasHeight(tall)).toBe(720);
  });
});
