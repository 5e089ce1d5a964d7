import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.ts';

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters: { name: string; in: string }[];
        requestBody?: unknown;
        responses: Record<string, unknown>;
      }
    >
  >;
}

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument() as unknown as Doc;
  it('is OpenAPI 3.1 with every route of the contract', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/session',
        '/api/regions/{regionId}/nat-gateways',
        '/api/regions/{regionId}/nat-gateways/{id}',
        '/api/regions/{regionId}/nat-gateways/{id}/tags',
        '/api/regions/{regionId}/nat-gateways/{id}/snat-entries/{entryId}',
        '/api/regions/{regionId}/nat-gateways/{id}/eips/{allocationId}',
      ]),
    );
  });
  it('documents path/query params, the create headers and the body schema', () => {
    const create = doc.paths['/api/regions/{regionId}/nat-gateways']?.post;
    const names = create?.parameters.map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual(
      expect.arrayContaining(['path:regionId', 'header:Idempotency-Key', 'header:X-CSRF-Token']),
    );
    expect(JSON.stringify(create?.requestBody)).toContain('vSwitchId');
    const list = doc.paths['/api/regions/{regionId}/nat-gateways']?.get;
    expect(list?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'q', 'status', 'vpcId', 'sort']),
    );
    expect(JSON.stringify(doc)).toContain('#/components/schemas/ErrorBody');
  });
  it('declares every {placeholder} of every path as a required path parameter', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const placeholders = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops)) {
        const declared = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort()).toEqual(placeholders.sort());
        expect(Object.keys(op.responses)).toContain('default');
      }
    }
  });
  it('names creation time creationTime everywhere; the old names are deprecated aliases', () => {
    const ok = (path: string) =>
      JSON.stringify(doc.paths[path]?.get?.responses['200'] ?? {}) as string;
    const vpn = ok('/api/regions/{regionId}/vpn-gateways/{id}');
    expect(vpn).toContain('"creationTime"');
    expect(vpn).toMatch(/"createTime":\{[^}]*"deprecated":true/);
    expect(ok('/api/inventory')).toMatch(/"createdAt":\{[^}]*"deprecated":true/);
  });
});
