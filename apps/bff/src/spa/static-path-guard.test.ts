import { describe, expect, it } from 'vitest';
import { HttpError, NotFoundError } from '../errors.ts';
import { staticErrors, unsafePathReason } from './static-path-guard.ts';

describe('unsafePathReason', () => {
  it.each([
    ['/assets/..%2fx', 'an encoded slash'],
    ['/assets/..%5Cx', 'an encoded slash'],
    ['/assets/%E0%A4%A', 'bad percent-encoding'],
    ['/assets/%c0%ae%c0%ae/x', 'bad percent-encoding'],
    ['/x%00.js', 'a NUL byte'],
    ['/assets/%2e%2e/index.html', 'a `..` segment'],
    ['/assets/..', 'a `..` segment'],
  ])('refuses %s (%s)', (path, reason) => {
    expect(unsafePathReason(path)).toBe(reason);
  });

  it.each(['/', '/assets/index-abc.js', '/regions/cn-hangzhou/vpcs/vpc-1/topology', '/a..b/c.'])(
    'lets %s through',
    (path) => expect(unsafePathReason(path)).toBeUndefined(),
  );
});

describe('staticErrors', () => {
  const passOn = (err: unknown): unknown => {
    let seen: unknown;
    staticErrors(err, {} as never, {} as never, (e?: unknown) => (seen = e));
    return seen;
  };

  it("turns send's 403 into a 404 and its 400 into our 400; leaves 5xx alone", () => {
    expect(passOn(Object.assign(new Error('Forbidden'), { status: 403 }))).toBeInstanceOf(
      NotFoundError,
    );
    const bad = passOn(Object.assign(new Error('Bad Request'), { status: 400 }));
    expect(bad).toBeInstanceOf(HttpError);
    expect((bad as HttpError).status).toBe(400);
    const io = Object.assign(new Error('EIO'), { status: 500 });
    expect(passOn(io)).toBe(io);
  });
});
