import { z } from 'zod';
import * as c from '@gc/contracts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface RouteSpec {
  method: Method;
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status?: number;
  response?: z.ZodType;
  create?: boolean;
  mutation?: boolean;
}

const g = c.natGatewayParamsSchema;
const r = c.regionParamsSchema;
const ROUTES: RouteSpec[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness', response: c.healthSchema },
  {
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the VPC API answers',
    response: c.readySchema,
  },
  {
    method: 'get',
    path: '/api/session',
    summary: 'Current session and its CSRF token',
    response: c.sessionSchema,
  },
  {
    method: 'post',
    path: '/api/session',
    summary: 'Log in',
    body: c.loginRequestSchema,
    response: c.sessionSchema,
  },
  { method: 'delete', path: '/api/session', summary: 'Log out', status: 204, mutation: true },
  { method: 'get', path: '/api/regions', summary: 'Regions', response: c.regionListSchema },
  {
    method: 'get',
    path: '/api/regions/{regionId}/vpcs',
    summary: 'VPCs of a region',
    params: r,
    response: c.vpcListSchema,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/vpcs/{vpcId}/vswitches',
    summary: 'vSwitches of a VPC',
    params: c.vpcParamsSchema,
    response: c.vSwitchListSchema,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/eips',
    summary: 'EIPs of a region',
    params: r,
    query: c.eipListQuerySchema,
    response: c.eipListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/eips',
    summary: 'Allocate an EIP',
    params: r,
    body: c.allocateEipSchema,
    status: 201,
    response: c.eipSchema,
    create: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways',
    summary: 'List NAT gateways (filter, sort, page)',
    params: r,
    query: c.natGatewayListQuerySchema,
    response: c.natGatewayPageSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways',
    summary: 'Create a NAT gateway',
    params: r,
    body: c.createNatGatewaySchema,
    status: 201,
    response: c.natGatewaySchema,
    create: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}',
    summary: 'One NAT gateway',
    params: g,
    response: c.natGatewaySchema,
  },
  {
    method: 'patch',
    path: '/api/regions/{regionId}/nat-gateways/{id}',
    summary: 'Rename / re-describe',
    params: g,
    body: c.updateNatGatewaySchema,
    response: c.natGatewaySchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}',
    summary: 'Delete (force=true cascades)',
    params: g,
    query: c.deleteNatGatewayQuerySchema,
    status: 204,
    mutation: true,
  },
  {
    method: 'put',
    path: '/api/regions/{regionId}/nat-gateways/{id}/tags',
    summary: 'Replace the tag set',
    params: g,
    body: c.replaceTagsSchema,
    response: c.natGatewaySchema,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}/snat-entries',
    summary: 'SNAT entries',
    params: g,
    response: c.snatEntryListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways/{id}/snat-entries',
    summary: 'Add an SNAT entry',
    params: g,
    body: c.createSnatEntrySchema,
    status: 201,
    response: c.snatEntrySchema,
    create: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}/snat-entries/{entryId}',
    summary: 'Delete an SNAT entry',
    params: c.snatEntryParamsSchema,
    status: 204,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}/dnat-entries',
    summary: 'DNAT entries',
    params: g,
    response: c.dnatEntryListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways/{id}/dnat-entries',
    summary: 'Add a DNAT entry',
    params: g,
    body: c.createDnatEntrySchema,
    status: 201,
    response: c.dnatEntrySchema,
    create: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}/dnat-entries/{entryId}',
    summary: 'Delete a DNAT entry',
    params: c.dnatEntryParamsSchema,
    status: 204,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}/eips',
    summary: 'EIPs bound to the gateway',
    params: g,
    response: c.eipListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways/{id}/eips',
    summary: 'Bind an EIP',
    params: g,
    body: c.bindEipSchema,
    response: c.eipSchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}/eips/{allocationId}',
    summary: 'Unbind an EIP (force=true even when entries use it)',
    params: c.natGatewayEipParamsSchema,
    query: c.unbindEipQuerySchema,
    status: 204,
    mutation: true,
  },
];

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, unknown>;
  required?: string[];
};

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete out.$schema;
  return out as JsonSchema;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query' | 'header'): object[] {
  if (!schema) return [];
  const s = toSchema(schema, 'input');
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: prop,
  }));
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const CSRF = z.object({ 'X-CSRF-Token': z.string() });
const CREATE = z.object({
  'X-CSRF-Token': z.string(),
  'Idempotency-Key': z.string().min(8).max(200),
});

/**
 * The OpenAPI 3.1 document of the REST API, generated from the contracts' zod schemas with zod 4's
 * own `z.toJSONSchema` (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const status = route.status ?? 200;
    const headers = route.create ? CREATE : route.mutation ? CSRF : undefined;
    const op: Record<string, unknown> = {
      summary: route.summary,
      operationId: `${route.method}${route.path.replace(/\/api|[{}]/g, '').replace(/[/-](\w)/g, (_m, ch: string) => ch.toUpperCase())}`,
      parameters: [
        ...parameters(route.params, 'path'),
        ...parameters(route.query, 'query'),
        ...parameters(headers, 'header'),
      ],
      responses: {
        [status]: route.response
          ? { description: 'OK', ...json(toSchema(route.response, 'output')) }
          : { description: 'Done, no content' },
        default: { description: 'Error', ...json({ $ref: '#/components/schemas/ErrorBody' }) },
      },
    };
    if (route.body) op.requestBody = { required: true, ...json(toSchema(route.body, 'input')) };
    (paths[route.path] ??= {})[route.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gateway Console BFF',
      version: '1.0.0',
      description:
        'JSON, camelCase. Mutations need X-CSRF-Token (from GET /api/session); creates need Idempotency-Key. Errors share ErrorBody.',
    },
    paths,
    components: { schemas: { ErrorBody: toSchema(c.errorBodySchema, 'output') } },
  };
}
