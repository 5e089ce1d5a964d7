import { describe, expect, it } from 'vitest';
import { safeNext } from './login';

describe('safeNext', () => {
  it('follows same-site paths only', () => {
    expect(safeNext('/regions/cn-hangzhou/nat-gateways?q=a')).toBe(
      '/regions/cn-hangzhou/nat-gateways?q=a',
    );
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
