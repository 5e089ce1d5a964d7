import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { chainHandlers } from './mount-route.ts';

const req = {} as Request;
const res = {} as Response;

/** Runs the chain once; what each handler saw and how the chain ended. */
function run(handlers: RequestHandler[]) {
  const ended: unknown[] = [];
  chainHandlers(handlers)(req, res, ((err?: unknown) => ended.push(err)) as NextFunction);
  return ended;
}

describe('chainHandlers', () => {
  it('runs the handlers in order while each calls next, then leaves the chain once', () => {
    const seen: number[] = [];
    const pass =
      (n: number): RequestHandler =>
      (_q, _s, next) => {
        seen.push(n);
        next();
      };
    expect(run([pass(1), pass(2), pass(3)])).toEqual([undefined]);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('stops at the handler that answers', () => {
    const seen: number[] = [];
    const ended = run([
      (_q, _s, next) => {
        seen.push(1);
        next();
      },
      () => seen.push(2),
      () => seen.push(3),
    ]);
    expect(seen).toEqual([1, 2]);
    expect(ended).toEqual([]);
  });

  it("passes an error straight out, a thrown one too; 'route' goes on; 'router' leaves", () => {
    const boom = new Error('boom');
    const after: RequestHandler = () => {
      throw new Error('must not run');
    };
    expect(run([(_q, _s, next) => next(boom), after])).toEqual([boom]);
    expect(
      run([
        () => {
          throw boom;
        },
        after,
      ]),
    ).toEqual([boom]);
    expect(run([(_q, _s, next) => next('router'), after])).toEqual([undefined]);
    const seen: string[] = [];
    run([(_q, _s, next) => next('route'), () => seen.push('next group')]);
    expect(seen).toEqual(['next group']);
  });
});
