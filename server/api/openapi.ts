// The OpenAPI 3.1 document, generated from the endpoint declarations and graph-schema's zod
// schemas: nothing here restates a route or a property by hand.
import { z } from 'zod';
import type { Endpoint } from '../http/endpoint';
import { ErrorOut } from './shapes';

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input; details names every bad parameter or field.',
  401: 'Missing or wrong bearer token.',
  403: 'Writes are disabled (API_TOKEN unset).',
  404: 'No such entity, relationship or source.',
  409: 'The id is taken.',
  413: 'The body is larger than the limit.',
  415: 'The body is not JSON.',
  429: 'Too many writes; see Retry-After.',
  503: 'The database is unreachable or the query ran out of time.',
};

const toJson = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;

function strip(schema: Record<string, unknown>) {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

function parameters(ep: Endpoint) {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', ep.params],
    ['query', ep.query],
  ] as const) {
    if (!schema) continue;
    const json = toJson(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {}))
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        description: prop.description,
        schema: prop,
      });
  }
  return out;
}

export function openApiDocument(endpoints: Endpoint[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const ep of endpoints) {
    const path = ep.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {
      [ep.response.status]: {
        description: ep.response.description,
        content: { 'application/json': { schema: strip(toJson(ep.response.schema, 'output')) } },
      },
    };
    // The router answers 400 on every route (unknown or repeated query parameters), declared or not.
    for (const status of new Set([400, ...ep.errors]))
      responses[status] = {
        description: STATUS_TEXT[status] ?? 'Error.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    paths[path] ??= {};
    paths[path][ep.method] = {
      summary: ep.summary,
      ...(ep.description ? { description: ep.description } : {}),
      tags: [ep.tag],
      operationId: `${ep.method}${path
        .replace(/[{}]/g, '')
        .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
        .replace(/\W/g, '')}`,
      parameters: parameters(ep),
      ...(ep.body ? { requestBody: { required: true, content: { 'application/json': { schema: strip(toJson(ep.body, 'input')) } } } } : {}),
      ...(ep.writes ? { security: [{ bearer: [] }] } : {}),
      responses,
      ...(ep.example ? { 'x-example': ep.example } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'AI industry graph API',
      version: '0.1.0',
      description:
        'Who funds whom, who competes with whom, who controls how much compute, who signed what and who predicted what: the AI industry as a knowledge graph, each fact with its sources.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: strip(toJson(ErrorOut, 'output')) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The server\u2019s API_TOKEN.' } },
    },
  };
}
