// Cypher and Lucene injection: every hostile string in every string parameter of every read, and
// in every text field of an entity write, a claim and an import. Nothing but the intended writes
// changes; the labels and relationship types stay within graph-schema; nothing answers 5xx; and
// what was written comes back byte for byte.
import {
  DOCUMENT_STATE_LABEL,
  EntityId,
  EntityRecord,
  ENTITY_LABEL,
  HISTORY_LABEL,
  KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
} from '../../../graph-schema';
import { useTestServer } from '../../support/test-server';
import { hostilePool } from './injection.pool';
import { HOSTILE } from './hostile-strings';
import { declaredEndpoints, deleteByPrefix, graphState, send, type GraphState } from './security.fixtures';

let before: GraphState;
// Besides entities, only the bookkeeping labels the schema reserves: the history and ingested documents' state.
const ALLOWED_LABELS = [ENTITY_LABEL, HISTORY_LABEL, DOCUMENT_STATE_LABEL, ...KIND_NAMES].sort();
const ALLOWED_TYPES = [...RELATIONSHIP_TYPE_NAMES].sort();
const ref = [{ source: 'src-003', paragraph: 2 }];
let tried = 0;

const server = useTestServer({
  writesPerMinute: 100_000,
  beforeClose: async ({ db }) => {
    await deleteByPrefix(db, 'inj-');
    process.stdout.write(`\u25b8 injection: ${HOSTILE.length} hostile strings, ${tried} requests\n`);
  },
});
beforeAll(async () => {
  before = await graphState(server.db);
});
// A failed test must not leave its entities to the next one.
afterEach(() => deleteByPrefix(server.db, 'inj-'));

function expectWithinSchema(state: GraphState) {
  for (const label of state.labels) expect(ALLOWED_LABELS).toContain(label);
  for (const type of state.types) expect(ALLOWED_TYPES).toContain(type);
}

describe('injection', () => {
  it('has at least 100 hostile strings', () => {
    expect(new Set(HOSTILE).size).toBeGreaterThanOrEqual(100);
  });

  it('changes nothing through any string parameter of any read', async () => {
    const reads = declaredEndpoints().filter((ep) => ep.method === 'get');
    const urls: string[] = [];
    for (const ep of reads) {
      const queryNames = Object.keys((ep.query as any)?.shape ?? {});
      for (const s of HOSTILE) {
        const v = encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'));
        if (ep.path.includes(':id')) urls.push(ep.path.replace(':id', v));
        const base = ep.path.replace(':id', ep.path.startsWith('/api/sources') ? 'src-003' : 'elon-musk');
        for (const name of queryNames)
          urls.push(
            `${base}?${name}=${v}${ep.path === '/api/paths' && name !== 'from' && name !== 'to' ? '&from=elon-musk&to=openai' : ''}`,
          );
      }
    }
    const statuses = await hostilePool(urls, 4, async (url) => (await send(server.url + url, 'GET')).status);
    tried += urls.length;
    const bad = urls.filter((_, i) => statuses[i] >= 500);
    expect(bad).toEqual([]);
    const after = await graphState(server.db);
    expect(after).toEqual(before);
    expectWithinSchema(after);
  }, 600_000);

  it('stores hostile text in every field of an entity write exactly as sent, and nothing else', async () => {
    const bodies = HOSTILE.map((s, i) => ({
      id: `inj-entity-${i}`,
      kind: 'Organization',
      name: s.trim().length > 0 ? s.slice(0, 300) : `blank ${i}`,
      aliases: [s.slice(0, 200), `alias ${s}`.slice(0, 200)].filter((a) => a.trim().length > 0),
      description: `about ${s}`.slice(0, 2000),
      country: 'US',
      sources: ref,
    }));
    const answers = await hostilePool(bodies, 4, (b) => send(`${server.url}/api/entities`, 'POST', b));
    // An id field that is itself hostile is refused by the schema, never by a 5xx.
    // Hostile strings that happen to be valid slugs ("null", "true") are not hostile as ids.
    const hostileIds = HOSTILE.filter((s) => !EntityId.safeParse(s).success);
    const idAnswers = await hostilePool(hostileIds, 4, (s) => send(`${server.url}/api/entities`, 'POST', { ...bodies[0], id: s }));
    tried += bodies.length + hostileIds.length;
    expect(idAnswers.filter((a) => a.status !== 400).map((a) => a.status)).toEqual([]);
    const created = answers.filter((a) => a.status === 201).length;
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    // Text the schema refuses (e.g. a lone surrogate or a name that trims to nothing) is a 400.
    expect(answers.every((a) => a.status === 201 || a.status === 400)).toBe(true);
    expect(created).toBeGreaterThanOrEqual(HOSTILE.length - 10);
    const after = await graphState(server.db);
    expect(after.nodes).toBe(before.nodes + created);
    expect(after.relationships).toBe(before.relationships);
    expectWithinSchema(after);
    for (const [i, answer] of answers.entries()) {
      if (answer.status !== 201) continue;
      const stored = (await send(`${server.url}/api/entities/inj-entity-${i}`, 'GET')).body.entity;
      // UTF-8 cannot carry a lone surrogate: Neo4j stores U+FFFD in its place, as any UTF-8 store would.
      const wellFormed = (t: string) =>
        t.trim().replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
      expect({ name: stored.name, aliases: stored.aliases, description: stored.description }).toEqual({
        name: wellFormed(bodies[i].name),
        aliases: bodies[i].aliases.map(wellFormed),
        description: wellFormed(bodies[i].description),
      });
    }
    // Search with each hostile string: the full-text index must take them all as text.
    const searches = await hostilePool(HOSTILE, 4, (s) =>
      send(`${server.url}/api/entities?q=${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd').slice(0, 200))}`, 'GET'),
    );
    tried += HOSTILE.length;
    expect(searches.filter((a) => a.status >= 500).map((a) => a.text)).toEqual([]);
    await deleteByPrefix(server.db, 'inj-');
  }, 600_000);

  it('keeps hostile claim text and hostile patch values to the intended writes', async () => {
    const subject = { id: 'inj-subject', kind: 'Organization', name: 'Injection subject', sources: ref };
    expect((await send(`${server.url}/api/entities`, 'POST', subject)).status).toBe(201);
    const claims = HOSTILE.map((s, i) => ({
      id: `inj-claim-${i}`,
      name: s.trim() ? s.slice(0, 300) : `claim ${i}`,
      text: s.trim() ? s : `text ${i}`,
      claimKind: 'opinion',
      by: ['elon-musk'],
      about: ['inj-subject'],
      sources: ref,
    }));
    const answers = await hostilePool(claims, 4, (c) => send(`${server.url}/api/claims`, 'POST', c));
    const patches = await hostilePool(HOSTILE, 2, (s) =>
      send(`${server.url}/api/entities/inj-subject`, 'PATCH', { description: s, [s.slice(0, 100) || 'x']: s }),
    );
    tried += claims.length + patches.length + 1;
    expect([...answers, ...patches].filter((a) => a.status >= 500).map((a) => a.text)).toEqual([]);
    const created = answers.filter((a) => a.status === 201).length;
    expect(created).toBeGreaterThanOrEqual(HOSTILE.length - 10);
    const after = await graphState(server.db);
    expect(after.nodes).toBe(before.nodes + 1 + created);
    expect(after.relationships).toBe(before.relationships + 2 * created);
    expectWithinSchema(after);
    await deleteByPrefix(server.db, 'inj-');
  }, 600_000);

  it('imports hostile text in every field as data, all or nothing', async () => {
    const all = HOSTILE.map((s, i) => ({
      id: `inj-import-${i}`,
      kind: 'Person',
      name: s.trim() ? s.slice(0, 300) : `person ${i}`,
      aliases: s.trim() ? [s.slice(0, 200)] : [],
      description: `d ${s}`.slice(0, 2000),
      sources: ref,
    }));
    // Text with control, bidi-override or invisible characters is refused by graph-schema's text
    // rules: with it the whole import is refused and nothing is written; the rest is stored as given.
    const entities = all.filter((e) => EntityRecord.safeParse(e).success);
    expect(entities.length).toBeGreaterThan(HOSTILE.length - 20);
    const relationships = entities
      .slice(0, 20)
      .map((e, i) => ({ type: 'WORKS_FOR', from: e.id, to: 'openai', key: `k${i}`, properties: {}, sources: ref }));
    expect(entities.length).toBeLessThan(all.length);
    {
      // Earlier tests' writes are in the history; the refused import must add nothing to it either.
      const untouched = await graphState(server.db);
      const refused = await send(`${server.url}/api/import`, 'POST', { entities: all, relationships });
      tried++;
      expect(refused.status).toBe(400);
      expect(await graphState(server.db)).toEqual(untouched);
    }
    const answer = await send(`${server.url}/api/import`, 'POST', { entities, relationships });
    tried++;
    expect(answer.status).toBe(200);
    const after = await graphState(server.db);
    expectWithinSchema(after);
    expect(after.nodes).toBe(before.nodes + entities.length);
    expect(after.relationships).toBe(before.relationships + relationships.length);
    // A hostile string as a kind, type or id is refused as a whole, and nothing is written.
    const smuggled = await hostilePool(HOSTILE.slice(0, 40), 4, (s) =>
      send(`${server.url}/api/import`, 'POST', {
        entities: [{ ...entities[0], id: 'inj-smuggle', kind: s }],
        relationships: [{ ...relationships[0], type: s }],
      }),
    );
    tried += 40;
    expect(smuggled.map((a) => a.status).filter((s) => s !== 400)).toEqual([]);
    await deleteByPrefix(server.db, 'inj-');
    // The history keeps its record of the import; the graph itself is back as it was.
    const { history: _recorded, ...graph } = await graphState(server.db);
    const { history: _before, ...seed } = before;
    expect(graph).toEqual(seed);
  }, 600_000);
});
