import { describe, expect, it } from 'vitest';
import { Lifecycle } from './lifecycle.ts';
import { Store } from './store.ts';
import type { BaseRecord } from './store.ts';

type Row = BaseRecord & { Status: string };

function setup(mode: 'immediate' | 'timed' | 'manual', describesToAdvance?: number) {
  const store = new Store();
  const effects = new Map([
    [
      'mark',
      (s: Store) =>
        s.table<Row>('r', 'things').put({ id: 'effect', regionId: 'r', tags: [], Status: 'done' }),
    ],
  ]);
  const lifecycle = new Lifecycle(store, effects, {
    mode,
    durationsMs: { nat: 1000 },
    ...(describesToAdvance ? { describesToAdvance } : {}),
  });
  store.table<Row>('r', 'things').put({ id: 'a', regionId: 'r', tags: [], Status: 'Creating' });
  lifecycle.schedule({
    regionId: 'r',
    kind: 'things',
    resourceId: 'a',
    duration: 'nat',
    set: { Status: 'Available' },
    effect: { name: 'mark', args: {} },
  });
  const status = () => store.table<Row>('r', 'things').get('a')?.Status;
  return { store, lifecycle, status };
}

describe('Lifecycle', () => {
  it('immediate: completes on the next tick', () => {
    const { lifecycle, status, store } = setup('immediate');
    expect(lifecycle.tick()).toBe(1);
    expect(status()).toBe('Available');
    expect(store.table<Row>('r', 'things').get('effect')?.Status).toBe('done');
  });

  it('timed: completes when the virtual clock passes the duration', () => {
    const { lifecycle, status } = setup('timed');
    expect(lifecycle.tick()).toBe(0);
    expect(lifecycle.isPending('things', 'a')).toBe(true);
    lifecycle.advance(1001);
    expect(status()).toBe('Available');
  });

  it('manual: frozen clock, completes after N describes or an advance', () => {
    const { lifecycle, status } = setup('manual', 2);
    expect(lifecycle.countDescribe('r')).toBe(0);
    expect(lifecycle.countDescribe('other-region')).toBe(0);
    expect(status()).toBe('Creating');
    expect(lifecycle.countDescribe('r')).toBe(1);
    expect(status()).toBe('Available');
    const second = setup('manual');
    second.lifecycle.advance();
    expect(second.status()).toBe('Available');
  });

  it('removes a record on a remove transition and cancels on request', () => {
    const { lifecycle, store } = setup('immediate');
    lifecycle.cancel('things', 'a');
    lifecycle.schedule({
      regionId: 'r',
      kind: 'things',
      resourceId: 'a',
      duration: 'nat',
      remove: true,
    });
    lifecycle.tick();
    expect(store.table('r', 'things').get('a')).toBeUndefined();
  });
});
