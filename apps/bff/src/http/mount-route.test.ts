import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute, errorBodySchema, type Role } from '@gc/contracts';
import type { AuditEvent } from '../audit/audit-recorder.ts';
import { SessionTokens } from '../auth/session-token.ts';
import { errorHandler } from '../middleware/error-handler.ts';
import { routerFor } from './mount-route.ts';

const params = z.object({ regionId: z.string().min(2), id: z.string().startsWith('w-') });
const widget = z.object({ id: z.string(), name: z.string() });
const routes = {
  create: defineRoute({
    method: 'post',
    path: '/api/regions/{regionId}/widgets',
    summary: 'Create',
    params: params.pick({ regionId: true }),
    body: z.object({ name: z.string().min(2) }),
    response: widget,
    status: 201,
    creates: true,
    audit: { action: 'CreateWidget' },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/regions/{regionId}/widgets/{id}',
    summary: 'Read',
    params,
    query: z.object({ verbose: z.enum(['true', 'false']).optional() }),
    response: widget,
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/api/regions/{regionId}/widgets/{id}',
    summary: 'Delete',
    params,
    status: 204,
    audit: { action: 'DeleteWidget', resourceParam: 'id' },
  }),
};

const events: AuditEvent[] = [];
const tokens = new SessionTokens('a-test-secret-of-enough-length-0123456789', 3600);
let server: Server;
let base = '';
const claimsOf = {
  operator: tokens.issue('ann', 'operator').claims,
  auditor: tokens.issue('ann', 'auditor').claims,
};

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  // The test names its role in a header; the real app reads the session cookie.
  app.use((req, res, next) => {
    const role = req.get('x-test-role') as Role | undefined;
    res.locals.session = role && claimsOf[role];
    next();
  });
  const audit = { record: async (e: AuditEvent) => void events.push(e) };
  const handlers = {
    create: ({ body, clientToken }: { body: { name: string }; clientToken: string }) => ({
      id: `w-${clientToken.slice(0, 6)}`,
      name: body.name,
    }),
    get: ({ params: p }: { params: { id: string } }) => ({ id: p.id, name: 'one' }),
    remove: () => undefined,
  };
  app.use(routerFor(routes, handlers, { audit, tokens }));
  app.use(errorHandler([]));
  server = app.listen(0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server.close());

async function call(method: string, path: string, role: Role, init: RequestInit = {}) {
  const res = await fetch(base + path, {
    method,
    ...init,
    headers: {
      'content-type': 'application/json',
      'x-test-role': role,
      'x-csrf-token': tokens.csrfToken(claimsOf[role]),
      ...(init.headers as Record<string, string>),
    },
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
const fieldsOf = (body: unknown) =>
  errorBodySchema.parse(body).error.fields?.map((f) => f.path) ?? [];

describe('mountRoute', () => {
  it('answers 201 with the handler result and audits the created resource', async () => {
    events.length = 0;
    const res = await call('POST', '/api/regions/cn-x/widgets', 'operator', {
      body: JSON.stringify({ name: 'alpha' }),
      headers: { 'idempotency-key': 'key-12345678' },
    });
    expect(res.status).toBe(201);
    const created = widget.parse(res.body);
    expect(events).toMatchObject([
      { action: 'CreateWidget', outcome: 'success', regionId: 'cn-x', resourceId: created.id },
    ]);
    expect(events[0]?.params).toEqual({ name: 'alpha' });
    expect(events[0]?.clientToken).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a create without Idempotency-Key with a 400 naming the header', async () => {
    const res = await call('POST', '/api/regions/cn-x/widgets', 'operator', {
      body: JSON.stringify({ name: 'alpha' }),
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['Idempotency-Key']);
  });

  it('names the bad field of the body, the path and the query', async () => {
    const body = await call('POST', '/api/regions/cn-x/widgets', 'operator', {
      body: JSON.stringify({ name: 'a' }),
      headers: { 'idempotency-key': 'key-12345678' },
    });
    expect(fieldsOf(body.body)).toEqual(['name']);
    const path = await call('GET', '/api/regions/cn-x/widgets/x-1', 'auditor');
    expect([path.status, fieldsOf(path.body)]).toEqual([400, ['id']]);
    const query = await call('GET', '/api/regions/cn-x/widgets/w-1?verbose=maybe', 'auditor');
    expect([query.status, fieldsOf(query.body)]).toEqual([400, ['verbose']]);
  });

  it('answers 204 without a body and audits the path resource', async () => {
    events.length = 0;
    const res = await call('DELETE', '/api/regions/cn-x/widgets/w-9', 'operator');
    expect(res).toEqual({ status: 204, body: undefined });
    expect(events).toMatchObject([{ action: 'DeleteWidget', resourceId: 'w-9' }]);
  });

  it('lets auditors read but not change (403, nothing audited)', async () => {
    events.length = 0;
    expect((await call('GET', '/api/regions/cn-x/widgets/w-1', 'auditor')).status).toBe(200);
    const res = await call('DELETE', '/api/regions/cn-x/widgets/w-1', 'auditor');
    expect(res.status).toBe(403);
    expect(events).toEqual([]);
  });

  it('needs the CSRF token on a mutation', async () => {
    const res = await call('DELETE', '/api/regions/cn-x/widgets/w-1', 'operator', {
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(res.status).toBe(403);
  });
});
