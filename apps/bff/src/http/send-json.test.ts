import type { AddressInfo } from 'node:net';
import { get, type Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frozenJson } from '../services/kit/frozen-json.ts';
import { sendJson } from './send-json.ts';

const page = () => ({ items: [{ id: 'ngw-1', name: '中文 ✓' }], total: 1, page: 1, pageSize: 20 });
const frozen = frozenJson(page());
let server: Server;
let base = '';

beforeAll(async () => {
  const app = express();
  app.get('/plain', (_req, res) => res.json(page()));
  app.get('/frozen', (_req, res) => sendJson(res, frozen));
  app.get('/other', (_req, res) => sendJson(res, page()));
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function answer(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  const pick = (h: string) => res.headers.get(h);
  return {
    status: res.status,
    body: await res.text(),
    type: pick('content-type'),
    length: pick('content-length'),
    etag: pick('etag'),
  };
}

describe('sendJson', () => {
  it('answers a frozen value with the bytes and headers res.json gives, every time', async () => {
    const plain = await answer('/plain');
    expect(plain.type).toBe('application/json; charset=utf-8');
    expect(await answer('/frozen')).toEqual(plain);
    expect(await answer('/frozen')).toEqual(plain);
    expect(await answer('/other')).toEqual(plain);
  });

  it('answers 304 to a matching If-None-Match, as res.json does', async () => {
    const { etag } = await answer('/plain');
    // node:http, not fetch: fetch turns a conditional request into a no-cache one.
    const status = (path: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        get(`${base}${path}`, { headers: { 'if-none-match': etag ?? '' } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject);
      });
    expect(await status('/plain')).toBe(304);
    expect(await status('/frozen')).toBe(304);
  });

  it('freezes the value and its items: nobody can change what was serialised', () => {
    expect(Object.isFrozen(frozen) && Object.isFrozen(frozen.items)).toBe(true);
  });
});
