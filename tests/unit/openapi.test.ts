// The OpenAPI document as zod-openapi builds it from the contract: valid OpenAPI 3.1 by a
// maintained validator, every $ref resolving, each tagged shape written once under
// components.schemas, and every route with exactly the statuses its kind implies.
import { execFileSync } from 'node:child_process';
import { EntityId, PartialDate } from '../../graph-schema';
import { declaredRoutes, ErrorBody } from '../../graph-schema/contract';
import { EntityRefKey } from '../../graph-schema/contract/curation.shapes';
import { commaList, KindList, RelationshipTypeList } from '../../graph-schema/contract/query';
import { schemaDocument } from '../../server/api/meta.routes';
import { openApiDocument } from '../../server/api/openapi';

const document = openApiDocument() as any;
/** @seriousme/openapi-schema-validator is an ES module, which jest's CommonJS runtime cannot load:
 *  it runs in a node process of its own and answers with its verdict as JSON. */
function validate(spec: unknown): { valid: boolean; errors?: unknown } {
  const script = `import { Validator } from '@seriousme/openapi-schema-validator';
let text = ''; for await (const chunk of process.stdin) text += chunk;
const validator = new Validator();
const verdict = await validator.validate(JSON.parse(text));
if (verdict.valid) validator.resolveRefs();
process.stdout.write(JSON.stringify(verdict));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(spec), cwd: __dirname });
  return JSON.parse(out.toString());
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  return found;
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator, whose $ref resolution also succeeds', () => {
    expect(validate(document)).toEqual({ valid: true });
  });

  it('refers only to components that exist, and never to $defs', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(100);
    const dangling = refs.filter((ref) => {
      if (!ref.startsWith('#/components/')) return true;
      const [, , section, name] = ref.split('/');
      return document.components[section]?.[name] === undefined;
    });
    expect(dangling).toEqual([]);
  });

  it('writes Entity, Edge and Graph once under components.schemas and refers to them elsewhere', () => {
    for (const name of ['Entity', 'Edge', 'Graph', 'Error', 'Issue', 'EntityRecord', 'RelationshipRecord', 'Dataset'])
      expect(Object.keys(document.components.schemas)).toContain(name);
    // An inlined Entity would repeat its description; it appears only in its component.
    const text = JSON.stringify(document);
    const description = JSON.stringify(document.components.schemas.Entity.description);
    expect(text.split(description).length - 1).toBe(1);
    expect(document.paths['/api/entities/{id}/neighbors'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Graph',
    });
  });

  it('writes no shape twice: every subschema of 400 bytes or more appears at one place only', () => {
    // Below 400 bytes sit the per-type relationship records whose few properties happen to match
    // (VERSION_OF and SUCCEEDS): distinct contracts that only look alike today.
    const places = new Map<string, string[]>();
    const visit = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const text = JSON.stringify(node);
      if (text.length >= 400) places.set(text, [...(places.get(text) ?? []), at]);
      for (const [key, value] of Object.entries(node)) visit(value, `${at}/${key}`);
    };
    visit(document, '#');
    expect([...places.values()].filter((at) => at.length > 1)).toEqual([]);
  });

  it('declares the import body as the dataset the export answers with', () => {
    const body = document.paths['/api/import'].post.requestBody.content['application/json'].schema;
    const exported = document.paths['/api/export'].get.responses['200'].content;
    expect(body).toEqual({ $ref: '#/components/schemas/Dataset' });
    expect(exported['application/json'].schema).toEqual(body);
    expect(exported['application/graphml+xml'].schema).toEqual({ $ref: '#/components/schemas/GraphML' });
  });

  it('declares the health 503 with its own shape, and every other error with the Error shape', () => {
    const health = document.paths['/api/health'].get.responses;
    expect(health['503'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/HealthDown' });
    expect(document.components.responses.Error404.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(ErrorBody.safeParse({ error: { code: 'NOT_FOUND', message: 'm', details: [] } }).success).toBe(true);
    expect(ErrorBody.safeParse({ error: { code: 'MADE_UP', message: 'm', details: [] } }).success).toBe(false);
  });

  it('names graph-schema\u2019s records for itself only: the /api/schema document keeps each property inline', () => {
    const text = JSON.stringify(schemaDocument());
    expect(text).not.toContain('$ref');
    expect(text).not.toContain('$defs');
  });

  it('leaves the interface’s words (labels, units, value titles) to /api/schema: no property of the contract carries them', () => {
    const displayWords: string[] = [];
    const visit = (schema: unknown, at: string): void => {
      if (!schema || typeof schema !== 'object') return;
      for (const [key, value] of Object.entries(schema)) {
        // Under `properties` the keys are field names (a KindDocument has a field called `labels`).
        if (key === 'properties' && value && typeof value === 'object')
          for (const [field, fieldSchema] of Object.entries(value)) visit(fieldSchema, `${at}.${field}`);
        else if (['label', 'labels', 'unit', 'units', 'valueTitles'].includes(key)) displayWords.push(`${at}.${key}`);
        else visit(value, `${at}.${key}`);
      }
    };
    visit(document.components.schemas, 'schemas');
    expect(displayWords).toEqual([]);
    expect(JSON.stringify(schemaDocument())).toContain('"labels":{"ja":');
  });

  it.each(declaredRoutes().map((route) => [route.name, route] as const))(
    '%s lists 400, 431 and 503, 401/403/409/429 when it writes (401/429 when it identifies the caller), 413/415 when it takes a body, and its own 404/409/412',
    (_name, route) => {
      const statuses = Object.keys(document.paths[openApiPath(route.path)][route.method].responses).map(Number);
      const expected = new Set([
        ...Object.keys(route.responses).map(Number),
        400,
        431,
        503,
        ...(route.writes ? [401, 403, 409, 429] : route.identifies ? [401, 429] : []),
        ...(route.body ? [413, 415] : []),
        ...(route.errors ?? []),
      ]);
      expect(statuses.sort()).toEqual([...expected].sort());
    },
  );

  // A rule the server applies with code is also said as a pattern, so that a client or a fuzzer
  // can tell good input from bad without asking: pattern and parser agree on every sample.
  const patternOf = (name: string) => new RegExp(document.components.schemas[name].pattern, 'u');
  it.each([
    [
      'PartialDate',
      PartialDate,
      ['2024', '2024-02', '2024-02-29', '2000-02-29', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13', '2024-1', '24'],
    ],
    ['KindList', KindList, ['Person', 'Person,Claim', ' Person , ,Claim,', 'Persons', 'Person Claim', ',', '']],
    [
      'RelationshipTypeList',
      RelationshipTypeList,
      ['FOUNDED', 'FOUNDED,LEADS', 'founded', 'FOUNDED;LEADS', Array(51).fill('LEADS').join(',')],
    ],
    ['EntityRefKey', EntityRefKey, ['openai', 'new:mistral-ai', 'new:', 'New:x', 'open--ai', 'elon_musk']],
  ] as const)('the %s pattern admits exactly what the server reads', (name, schema, samples) => {
    for (const sample of samples) expect([sample, patternOf(name).test(sample)]).toEqual([sample, schema.safeParse(sample).success]);
  });

  it('a comma list of ids is said as a pattern too', () => {
    const avoid = new RegExp(
      document.paths['/api/paths'].get.parameters.find((p: { name: string }) => p.name === 'avoid').schema.pattern,
      'u',
    );
    for (const sample of ['openai', 'openai,xai', 'OpenAI', 'open ai'])
      expect([sample, avoid.test(sample)]).toEqual([sample, commaList(EntityId).safeParse(sample).success]);
  });
});
