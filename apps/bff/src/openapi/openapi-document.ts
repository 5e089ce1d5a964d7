import { z } from 'zod';
import { ALL_ROUTES, errorBodySchema } from '@gc/contracts';

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
 * own `z.toJSONSchema` (OpenAPI 3.1 schemas are JSON Schema 2020-12), one operation per route of
 * the contracts' route table.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ALL_ROUTES) {
    if (route.documented === false) continue;
    const status = route.status ?? 200;
    const headers = route.creates ? CREATE : route.mutates ? CSRF : undefined;
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
    components: { schemas: { ErrorBody: toSchema(errorBodySchema, 'output') } },
  };
}
