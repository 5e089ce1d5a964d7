import { afterEach, describe, expect, it } from 'vitest';
import { isHydrating, renderNow, setHydration } from './hydration';

afterEach(() => setHydration(undefined));

describe('hydration', () => {
  it("pins a first render's clock to the server's render time while a page hydrates", () => {
    expect(isHydrating()).toBe(false);
    const before = Date.now();
    expect(renderNow()).toBeGreaterThanOrEqual(before);
    setHydration(1_000);
    expect(isHydrating()).toBe(true);
    expect(renderNow()).toBe(1_000);
    setHydration(undefined);
    expect(renderNow()).toBeGreaterThanOrEqual(before);
  });
});
