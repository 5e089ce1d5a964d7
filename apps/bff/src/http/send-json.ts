import type { Response } from 'express';
import { frozenBody } from '../services/kit/frozen-json.ts';

type EtagFn = (body: Buffer, encoding?: string) => string | undefined;

/**
 * Answers `value` as `res.json` would (same bytes, `Content-Type`, `Content-Length`, ETag and
 * 304 on a matching `If-None-Match`), reusing the body and ETag of a value marked final with
 * `frozenJson`. Anything else, or an app with JSON settings of its own, goes to `res.json`.
 */
export function sendJson(res: Response, value: unknown): void {
  const body = frozenBody(value);
  const { app } = res;
  if (
    body === undefined ||
    res.get('Content-Type') !== undefined ||
    app.get('json replacer') !== undefined ||
    app.get('json spaces') !== undefined ||
    app.get('json escape')
  ) {
    res.json(value);
    return;
  }
  const etagFn = app.get('etag fn') as EtagFn | undefined;
  if (typeof etagFn === 'function' && res.get('ETag') === undefined) {
    if (body.etagFn !== etagFn) {
      body.etag = etagFn(body.buffer);
      body.etagFn = etagFn;
    }
    if (body.etag) res.set('ETag', body.etag);
  }
  // `res.json` sets this before `send`, which then adds the charset: the same header results.
  res.set('Content-Type', 'application/json');
  res.send(body.buffer);
}
