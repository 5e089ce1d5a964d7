import { defineError } from '../api-error.ts';

// Errors of the admin API (`/_emulator/*`). It is the emulator's own API, not Alibaba's: it
// answers `{ error: { code, message } }` in JSON, with HTTP-style codes. Re-exported by
// src/errors.ts, the one import path.

/** 400 `BadRequest`: the JSON body does not parse or fails its schema. */
export const adminBadRequest = defineError(400, 'BadRequest', (m: string) => m);
/** 401 `Unauthorized`: the admin token is missing or wrong. */
export const adminUnauthorized = defineError(401, 'Unauthorized', (m: string) => m);
/** 403 `Forbidden`: a non-loopback peer, a foreign `Host` or a cross-origin `Origin`. */
export const adminForbidden = defineError(403, 'Forbidden', (m: string) => m);
/** 404 `NotFound`: no admin route for this method and path. */
export const adminNotFound = defineError(
  404,
  'NotFound',
  (route: string) => `No admin route ${route}.`,
);
/** 413 `PayloadTooLarge`. */
export const adminPayloadTooLarge = defineError(
  413,
  'PayloadTooLarge',
  (maxBytes: number) => `The request body exceeds ${maxBytes} bytes.`,
);
/** 415 `UnsupportedMediaType`: a request body that is not `application/json`. */
export const adminUnsupportedMediaType = defineError(
  415,
  'UnsupportedMediaType',
  (type: string) => `The admin API takes application/json bodies only, not "${type}".`,
);
