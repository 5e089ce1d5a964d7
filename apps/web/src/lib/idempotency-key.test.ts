import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newIdempotencyKey, useIdempotencyKey } from './idempotency-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('useIdempotencyKey', () => {
  it('reuses the key when the same submission is sent again', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor({ name: 'gw', vpcId: 'vpc-1' });
    expect(first).toMatch(UUID);
    expect(result.current.keyFor({ name: 'gw', vpcId: 'vpc-1' })).toBe(first);
  });

  it('makes a new key for changed values and after reset', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor({ name: 'gw' });
    const second = result.current.keyFor({ name: 'gw2' });
    expect(second).not.toBe(first);
    result.current.reset();
    expect(result.current.keyFor({ name: 'gw2' })).not.toBe(second);
  });
});

describe('newIdempotencyKey', () => {
  it('is a v4 UUID, different every time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(UUID);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
