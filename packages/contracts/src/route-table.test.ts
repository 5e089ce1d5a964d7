import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ALL_ROUTES,
  API_ROUTES,
  ipv6GatewayRoutes,
  natGatewayRoutes,
  pathParamNames,
  routeUrl,
  sessionRoutes,
  type RouteBody,
  type RouteResponse,
} from './index.ts';

describe('the route table', () => {
  it('declares a params schema key for every {placeholder}, and no other', () => {
    for (const route of ALL_ROUTES) {
      const keys = Object.keys(route.params?.shape ?? {}).sort();
      expect(keys, `${route.method} ${route.path}`).toEqual(pathParamNames(route.path).sort());
    }
  });

  it('never declares the same method and path twice', () => {
    const seen = ALL_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('puts every route under /api, creates answer 201 and deletes 204', () => {
    for (const route of ALL_ROUTES) {
      expect(route.path.startsWith('/api/')).toBe(true);
      if (route.creates) expect(route.status).toBe(201);
      if (route.method === 'delete') expect(route.status).toBe(204);
    }
  });

  it('derives mutates from the method unless declared', () => {
    expect(natGatewayRoutes.list.mutates).toBe(false);
    expect(natGatewayRoutes.remove.mutates).toBe(true);
    expect(sessionRoutes.login.mutates).toBe(false);
  });

  it('audits every resource mutation and names a real path param as its resource', () => {
    const resourceMutations = ALL_ROUTES.filter((r) => r.mutates && r.access !== 'public');
    for (const route of resourceMutations) {
      expect(route.audit?.action, `${route.method} ${route.path}`).toMatch(/^[A-Z]\w+$/);
      const param = route.audit?.resourceParam;
      if (param) expect(pathParamNames(route.path)).toContain(param);
    }
  });

  it('lists each group route in ALL_ROUTES', () => {
    const grouped = Object.values(API_ROUTES).flatMap((g) => Object.values(g));
    expect(ALL_ROUTES).toEqual(grouped);
  });
});

describe('routeUrl', () => {
  it('fills the placeholders URI-encoded', () => {
    const url = routeUrl(ipv6GatewayRoutes.get, { regionId: 'cn/hangzhou', id: 'ipv6gw a?' });
    expect(url).toBe('/api/regions/cn%2Fhangzhou/ipv6-gateways/ipv6gw%20a%3F');
  });

  it('appends only the non-empty query values', () => {
    const url = routeUrl(
      natGatewayRoutes.list,
      { regionId: 'cn-hangzhou' },
      { page: 2, q: '', status: undefined, sort: 'name' },
    );
    expect(url).toBe('/api/regions/cn-hangzhou/nat-gateways?page=2&sort=name');
  });

  it('encodes query values', () => {
    const url = routeUrl(natGatewayRoutes.list, { regionId: 'cn-hangzhou' }, { q: 'a&b c' });
    expect(url).toBe('/api/regions/cn-hangzhou/nat-gateways?q=a%26b+c');
  });

  it('refuses a missing path param', () => {
    const params = { regionId: 'cn-hangzhou' } as { regionId: string; id: string };
    expect(() => routeUrl(natGatewayRoutes.get, params)).toThrow(/needs "id"/);
  });

  it('types the body as zod input and a 204 answer as void', () => {
    expectTypeOf<RouteResponse<typeof natGatewayRoutes.remove>>().toEqualTypeOf<void>();
    expectTypeOf<RouteBody<typeof natGatewayRoutes.replaceTags>>().toHaveProperty('tags');
  });
});
