// The OpenAPI 3.1 document, built by zod-openapi from the contract: each route's parameters, body
// and declared answers, plus the error answers its kind implies. Shapes tagged with an id (Entity,
// Edge, Graph, Error, ...) appear once under components.schemas and are referenced everywhere else.
import { z } from 'zod';
import { createDocument, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import {
  declaredRoutes,
  ErrorBody,
  errorStatuses,
  JSON_TYPE,
  NAMED_SCHEMAS,
  STATUS_MEANING,
  type DeclaredRoute,
} from '../../graph-schema/contract';
import { MAX_NOTE_HEADER } from '../http/router';

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const operationId = (route: DeclaredRoute) =>
  `${route.method}${openApiPath(route.path)
    .replace(/[{}]/g, '')
    .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
    .replace(/\W/g, '')}`;

/** A shape that one route answers with and another takes as its body (the dataset: export's answer
 *  is import's body) is referenced in its input form, so the document holds it once instead of in
 *  both forms; the export round-trip test pins that the answer is importable as it is. */
function responseSchema(schema: z.ZodType, bodies: Map<z.ZodType, string>) {
  const id = bodies.get(schema);
  return id ? { $ref: `#/components/schemas/${id}` } : schema;
}

function responses(route: DeclaredRoute, bodies: Map<z.ZodType, string>): ZodOpenApiResponsesObject {
  const out: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, spec] of Object.entries(route.responses))
    out[status] = {
      description: spec.description,
      content: Object.fromEntries(Object.entries(spec.content).map(([type, schema]) => [type, { schema: responseSchema(schema, bodies) }])),
    };
  for (const status of errorStatuses(route)) out[status] = errorResponse(status);
  if (route.concurrency) out[503] = busyResponse;
  return out;
}

/** The 503 of a route that runs a bounded number of times at once: it also tells when to come back. */
const busyResponse: ZodOpenApiResponseObject = {
  id: 'Error503Busy',
  description: `${STATUS_MEANING[503]} Or as many of these as the server runs at once are running (EXPORTS_BUSY).`,
  headers: {
    'Retry-After': { description: 'Seconds after which to try again (sent with EXPORTS_BUSY).', schema: { type: 'integer', minimum: 1 } },
  },
  content: { [JSON_TYPE]: { schema: ErrorBody } },
};

/** The error answers are components of their own (one instance per status, as zod-openapi
 *  requires): each route refers to them. */
const errorResponses = new Map<number, ZodOpenApiResponseObject>();
function errorResponse(status: number): ZodOpenApiResponseObject {
  let response = errorResponses.get(status);
  if (!response)
    errorResponses.set(
      status,
      (response = {
        id: `Error${status}`,
        description: STATUS_MEANING[status] ?? 'Error.',
        content: { [JSON_TYPE]: { schema: ErrorBody } },
      }),
    );
  return response;
}

/** Every write may say why in a header; the router reads it for the history. */
const ChangeNote = z
  .string()
  .max(MAX_NOTE_HEADER)
  .optional()
  .meta({
    param: { id: 'ChangeNote' },
    description:
      'Why this change is made, kept in the history: percent-encoded UTF-8 (as encodeURIComponent gives), without control characters.',
  });
const writeHeaders = (declared: z.ZodObject | undefined) =>
  declared ? declared.extend({ 'x-change-note': ChangeNote }) : z.object({ 'x-change-note': ChangeNote });

export function openApiDocument() {
  const routes = declaredRoutes();
  const named = new Map(Object.entries(NAMED_SCHEMAS).map(([name, schema]) => [schema, name]));
  const bodies = new Map<z.ZodType, string>();
  for (const route of routes) {
    const id = route.body && (z.globalRegistry.get(route.body)?.id ?? named.get(route.body));
    if (route.body && id) bodies.set(route.body, id);
  }
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item = (paths[openApiPath(route.path)] ??= {});
    item[route.method] = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      operationId: operationId(route),
      requestParams: {
        ...(route.params ? { path: route.params as never } : {}),
        ...(route.query ? { query: route.query as never } : {}),
        ...(route.headers || route.writes ? { header: route.writes ? writeHeaders(route.headers) : route.headers } : {}),
      },
      ...(route.body ? { requestBody: { required: true, content: { [JSON_TYPE]: { schema: route.body } } } } : {}),
      ...(route.writes || route.identifies ? { security: [{ bearer: [] }] } : {}),
      responses: responses(route, bodies),
      'x-example': route.example,
    };
  }
  const document = createDocument({
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
      schemas: NAMED_SCHEMAS,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A named token of the server (API_TOKEN, API_TOKENS or API_TOKENS_FILE); writes need a curator\u2019s.',
        },
      },
    },
  });
  return hoistSharedFields(withoutRepeatedParameterDescriptions(withoutDisplayWords(withoutUnused(document))));
}

/** zod-openapi also writes each named graph-schema record in its output form, which nothing in
 *  the document refers to (records are only ever request bodies): such components are left out. */
function withoutUnused<D extends { components?: { schemas?: object } }>(document: D): D {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  for (;;) {
    const text = JSON.stringify(document);
    const unused = Object.keys(schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    if (unused.length === 0) return document;
    for (const name of unused) delete schemas[name];
  }
}

type SchemaObject = Record<string, unknown>;

/** graph-schema's words for the interface (`label`, `labels`, `unit`, `units`, `valueTitles`) are
 *  display, which GET /api/schema serves; in the contract they would only be keywords no OpenAPI
 *  tool knows, repeated on every property. Under `properties` the keys are field names, kept. */
const DISPLAY_KEYWORDS = new Set(['label', 'labels', 'unit', 'units', 'valueTitles']);
/** Values, not schemas: what they hold is data and stays as it is. */
const VALUE_KEYWORDS = new Set(['example', 'examples', 'x-example', 'default', 'const', 'enum']);
function withoutDisplayWords<D extends object>(document: D): D {
  const visit = (node: unknown, keysAreFields: boolean): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (!keysAreFields && DISPLAY_KEYWORDS.has(key)) delete (node as SchemaObject)[key];
      else if (keysAreFields || !VALUE_KEYWORDS.has(key)) visit(value, !keysAreFields && key === 'properties');
    }
  };
  visit(document, false);
  return document;
}

/** zod-openapi writes a parameter's description twice, on the parameter and on its schema; the
 *  parameter's is the one tools show, so the schema's copy is dropped. */
function withoutRepeatedParameterDescriptions<D extends { paths?: object }>(document: D): D {
  for (const item of Object.values((document.paths ?? {}) as Record<string, Record<string, SchemaObject>>))
    for (const operation of Object.values(item))
      for (const parameter of (operation.parameters ?? []) as SchemaObject[]) {
        const schema = parameter.schema as SchemaObject | undefined;
        if (schema && schema.description === parameter.description) delete schema.description;
      }
  return document;
}

/** Every kind's and every relationship type's record declares the common fields (from, to, key,
 *  sources, ...) with its own zod instance, so zod-openapi writes them out once per record. A field
 *  whose schema is the same in at least three records is named once, as `<Group><Field>Field`, and each
 *  record refers to it: the same schema, a third of the bytes. */
function hoistSharedFields<D extends { components?: { schemas?: object } }>(document: D): D {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const records = Object.entries(schemas).filter(([name, schema]) => /Record$/.test(name) && schema.type === 'object');
  const uses = new Map<string, { group: string; field: string; count: number }>();
  const group = (name: string) => (/^[A-Z_]+Record$/.test(name) ? 'Relationship' : 'Entity');
  const fieldsOf = (schema: SchemaObject) => Object.entries((schema.properties ?? {}) as Record<string, SchemaObject>);
  for (const [name, schema] of records)
    for (const [field, fieldSchema] of fieldsOf(schema)) {
      if (typeof fieldSchema.$ref === 'string' && Object.keys(fieldSchema).length === 1) continue;
      const key = `${group(name)} ${field} ${JSON.stringify(fieldSchema)}`;
      const use = uses.get(key) ?? { group: group(name), field, count: 0 };
      use.count++;
      uses.set(key, use);
    }
  const names = new Map<string, string>();
  const taken = new Set(Object.keys(schemas));
  for (const [key, use] of uses) {
    if (use.count < 3) continue;
    const base = `${use.group}${use.field[0].toUpperCase()}${use.field.slice(1)}Field`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
    taken.add(id);
    names.set(key, id);
    schemas[id] = JSON.parse(key.slice(key.indexOf(' ', key.indexOf(' ') + 1) + 1)) as SchemaObject;
  }
  for (const [name, schema] of records)
    for (const [field, fieldSchema] of fieldsOf(schema)) {
      const id = names.get(`${group(name)} ${field} ${JSON.stringify(fieldSchema)}`);
      if (id) (schema.properties as Record<string, SchemaObject>)[field] = { $ref: `#/components/schemas/${id}` };
    }
  return document;
}
