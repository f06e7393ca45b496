// The curation loop through the API alone, on the real Neo4j: an article is ingested as a Source
// with numbered paragraphs and suggestions, listed and read back, and a reviewed batch is accepted
// in one transaction (new entities, relationships and claims citing their paragraphs; a fact the
// graph holds gains a citation instead of a twin). Every bad input is refused with nothing written.
import { DOCUMENT_STATE_LABEL, HISTORY_LABEL } from '../../graph-schema';
import { MAX_DOCUMENT_CHARS } from '../../graph-schema/contract';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';
import { graphState } from './security/security.fixtures';

const ingested: string[] = [];
const started = new Date().toISOString();
const CREATED = ['kestrel-test-labs', 'claim-musk-says-kestrel-test-labs-will-ship-a-model-within-a-year'];
const server = useTestServer({
  // Leaves the seed as it was for the suites that follow: the test's entities, documents and history
  // go, and the seed relationship it corroborated loses the citations it gained.
  beforeClose: async ({ db }) => {
    await db.write(async (tx) => {
      await tx.run('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: [...CREATED, ...ingested] });
      await tx.run(`MATCH (d:${DOCUMENT_STATE_LABEL}) WHERE d.id IN $ids DELETE d`, { ids: ingested });
      // Suites run one at a time, so every entry since this one started records its own writes.
      await tx.run(`MATCH (h:${HISTORY_LABEL}) WHERE h.at >= $started DELETE h`, { started });
      await tx.run(
        `MATCH ()-[r]->() WHERE any(s IN r.sources WHERE any(d IN $ids WHERE s STARTS WITH d + '#'))
         SET r.sources = [s IN r.sources WHERE none(d IN $ids WHERE s STARTS WITH d + '#')]`,
        { ids: ingested },
      );
    });
  },
});

const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
  getJson(server.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
const get = (path: string) => getJson(server.url + path);

async function ingest(body: Record<string, unknown>) {
  const res = await post('/api/documents', body);
  if (res.status === 201) ingested.push(res.body.document.id);
  return res;
}

/** What a refused request must leave unchanged: the node and relationship counts and the whole export. */
async function snapshot() {
  return { state: await graphState(server.db), export: (await get('/api/export?format=json')).body };
}

const JAPANESE = [
  'OpenAIとマイクロソフトの提携が深まっている。',
  '',
  '   ',
  'イーロン・マスク氏は新しいAI企業を率いると語った。',
  'エヌビディアはGPUを供給する。',
].join('\n');

const ENGLISH = [
  'Kestrel Test Labs, a new robotics lab, raised money from Microsoft.',
  '',
  'Elon Musk said Kestrel Test Labs will ship a model within a year.',
  'Meta and Google compete for AI talent.',
].join('\n');

describe('ingesting an article', () => {
  it('stores a Japanese article as a Source with numbered paragraphs and its detected language', async () => {
    const res = await ingest({ title: 'OpenAIとマイクロソフトの提携', text: JAPANESE, outlet: 'テスト新聞', publishedOn: '2024-05-01' });
    expect(res.status).toBe(201);
    const { document, suggestions } = res.body;
    expect(document).toMatchObject({
      id: expect.stringMatching(/^doc-openai/),
      language: 'ja',
      publishedOn: '2024-05-01',
      paragraphs: [
        { n: 1, text: 'OpenAIとマイクロソフトの提携が深まっている。' },
        { n: 2, text: 'イーロン・マスク氏は新しいAI企業を率いると語った。' },
        { n: 3, text: 'エヌビディアはGPUを供給する。' },
      ],
    });
    expect(suggestions.entities).toContainEqual(
      expect.objectContaining({ ref: 'openai', id: 'openai', known: true, mentions: [expect.objectContaining({ paragraph: 1 })] }),
    );
    const source = await get(`/api/entities/${document.id}`);
    expect(source).toMatchObject({
      status: 200,
      body: {
        entity: {
          kind: 'Source',
          title: 'OpenAIとマイクロソフトの提携',
          language: 'ja',
          outlet: 'テスト新聞',
          paragraphs: document.paragraphs.map((p: { text: string }) => p.text),
        },
      },
    });
  });

  it('detects English and Chinese, and gives a second article of the same title its own id', async () => {
    const first = await ingest({ title: 'Test: Kestrel raises money', text: ENGLISH });
    expect(first).toMatchObject({ status: 201, body: { document: { id: 'doc-test-kestrel-raises-money', language: 'en' } } });
    expect(first.body.document.paragraphs.map((p: { n: number }) => p.n)).toEqual([1, 2, 3]);
    const second = await ingest({ title: 'Test: Kestrel raises money', text: 'Another text about Microsoft.' });
    expect(second).toMatchObject({ status: 201, body: { document: { id: 'doc-test-kestrel-raises-money-2' } } });
    const chinese = await ingest({ title: 'Test: 英伟达', text: '英伟达向OpenAI供应芯片。' });
    expect(chinese).toMatchObject({ status: 201, body: { document: { language: 'zh' } } });
  });

  it('gives each of three articles of one title ingested at once its own id', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map((n) => ingest({ title: 'Test: same title at once', text: `Article ${n} about Meta.` })),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.document.id))).toEqual(
      new Set(['doc-test-same-title-at-once', 'doc-test-same-title-at-once-2', 'doc-test-same-title-at-once-3']),
    );
  });

  it('stores HTML pasted as text as the text it is', async () => {
    const html = '<script>alert(1)</script><b onclick="x()">bold</b> &amp; more';
    const res = await ingest({ title: 'Test: pasted HTML', text: html, language: 'en' });
    expect(res.status).toBe(201);
    expect(res.body.document.paragraphs).toEqual([{ n: 1, text: html }]);
    expect((await get(`/api/documents/${res.body.document.id}`)).body.document.paragraphs).toEqual([{ n: 1, text: html }]);
  });

  it('refuses empty, blank, binary, too long and unknown-language text, writing nothing', async () => {
    const before = await snapshot();
    const refused = async (body: Record<string, unknown>) => (await post('/api/documents', { title: 'Test: refused', ...body })).body.error;
    expect(await refused({ text: '' })).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'text' })] });
    expect(await refused({ text: ' \n\n \t ' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'text', in: 'body', message: 'must not be empty' }],
    });
    expect(await refused({ text: 'PK\u0003\u0004\u0000\u0000binary' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'text', message: expect.stringMatching(/control characters/) })],
    });
    const long = await post('/api/documents', { title: 'Test: long', text: 'a'.repeat(MAX_DOCUMENT_CHARS + 1) });
    expect(long).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect(long.body.error.message).toContain(String(MAX_DOCUMENT_CHARS));
    expect(await refused({ text: 'Bonjour', language: 'fr' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'language' })],
    });
    expect(await refused({ text: '12345 — 678 !!!' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'language', message: expect.stringMatching(/could not be detected/) })],
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading documents', () => {
  it('lists them newest first with their counts, and reads one with its paragraphs and suggestions', async () => {
    const list = await get('/api/documents?limit=200');
    expect(list.status).toBe(200);
    const ids = list.body.items.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining(ingested));
    expect(ids.indexOf('doc-test-kestrel-raises-money-2')).toBeLessThan(ids.indexOf('doc-test-kestrel-raises-money'));
    expect(list.body.items.find((d: { id: string }) => d.id === 'doc-test-kestrel-raises-money')).toMatchObject({
      title: 'Test: Kestrel raises money',
      language: 'en',
      paragraphCount: 3,
      acceptedCount: 0,
      rejectedCount: 0,
      ingestedAt: expect.any(String),
    });
    const one = await get('/api/documents/doc-test-kestrel-raises-money');
    expect(one).toMatchObject({
      status: 200,
      body: {
        document: { id: 'doc-test-kestrel-raises-money', paragraphs: [{ n: 1 }, { n: 2 }, { n: 3 }] },
        suggestions: { entities: expect.arrayContaining([expect.objectContaining({ ref: 'microsoft', known: true })]) },
        accepted: [],
        rejected: [],
      },
    });
  });

  it('answers 404 for an id that is no ingested document, a seeded Source included', async () => {
    expect((await get('/api/documents/doc-no-such-document')).status).toBe(404);
    expect((await get('/api/documents/src-003')).status).toBe(404);
  });
});

describe('accepting reviewed facts', () => {
  const doc = 'doc-test-kestrel-raises-money';

  it('writes a new entity, a relationship and a claim, each citing its paragraph, with one history entry', async () => {
    const res = await post(`/api/documents/${doc}/accept`, {
      entities: [
        {
          ref: 'new:kestrel',
          kind: 'Organization',
          name: 'Kestrel Test Labs',
          properties: { orgType: 'research-lab' },
          paragraphs: [1, 2],
        },
      ],
      relationships: [{ key: 'r1', type: 'INVESTED_IN', from: 'microsoft', to: 'new:kestrel', paragraph: 1 }],
      claims: [
        {
          key: 'c1',
          text: 'Musk says Kestrel Test Labs will ship a model within a year',
          claimKind: 'prediction',
          by: ['elon-musk'],
          about: ['new:kestrel'],
          dueBy: '2025',
          paragraph: 2,
        },
      ],
      rejected: ['r9'],
      note: 'first read of the test article',
    });
    expect(res).toMatchObject({
      status: 201,
      body: {
        created: {
          entities: ['kestrel-test-labs'],
          relationships: ['microsoft:INVESTED_IN:kestrel-test-labs'],
          claims: ['claim-musk-says-kestrel-test-labs-will-ship-a-model-within-a-year'],
        },
        corroborated: [],
        history: expect.stringMatching(/^h-/),
      },
    });

    expect((await get('/api/entities/kestrel-test-labs')).body.entity).toMatchObject({
      kind: 'Organization',
      name: 'Kestrel Test Labs',
      orgType: 'research-lab',
      sources: [
        { source: doc, paragraph: 1 },
        { source: doc, paragraph: 2 },
      ],
    });
    expect((await get('/api/relationships?from=microsoft&to=kestrel-test-labs')).body.items).toEqual([
      expect.objectContaining({ type: 'INVESTED_IN', sources: [{ source: doc, paragraph: 1 }] }),
    ]);
    const claims = (await get('/api/claims?about=kestrel-test-labs')).body.items;
    expect(claims).toEqual([
      expect.objectContaining({
        claim: expect.objectContaining({ claimKind: 'prediction', dueBy: '2025', sources: [{ source: doc, paragraph: 2 }] }),
        claimants: [expect.objectContaining({ id: 'elon-musk' })],
        subjects: [expect.objectContaining({ id: 'kestrel-test-labs' })],
      }),
    ]);
    expect((await get(`/api/documents/${doc}`)).body).toMatchObject({ accepted: ['new:kestrel', 'r1', 'c1'], rejected: ['r9'] });

    const history = await server.db.read((tx) => tx.run(`MATCH (h:${HISTORY_LABEL} {id: $id}) RETURN h`, { id: res.body.history }));
    const entry = history.records[0].get('h').properties;
    expect({ action: entry.action, actor: entry.actor, note: entry.note }).toEqual({
      action: 'accept',
      actor: 'api-token',
      note: 'first read of the test article',
    });
    expect(JSON.parse(entry.changes).map((c: { id: string; before: unknown }) => [c.id, c.before])).toEqual(
      expect.arrayContaining([
        ['kestrel-test-labs', null],
        ['microsoft:INVESTED_IN:kestrel-test-labs', null],
        ['claim-musk-says-kestrel-test-labs-will-ship-a-model-within-a-year', null],
      ]),
    );
  });

  it('corroborates a relationship the graph holds, either way round for a type without direction, instead of adding a twin', async () => {
    const before = (await get('/api/relationships?from=meta&to=google&type=COMPETES_WITH')).body.items;
    expect(before).toHaveLength(1);
    const res = await post(`/api/documents/${doc}/accept`, {
      relationships: [
        { key: 'r2', type: 'COMPETES_WITH', from: 'meta', to: 'google', paragraph: 3 },
        { key: 'r3', type: 'COMPETES_WITH', from: 'google', to: 'meta', paragraph: 1 },
      ],
    });
    expect(res).toMatchObject({ status: 201, body: { created: { relationships: [] }, corroborated: ['meta:COMPETES_WITH:google'] } });
    const after = (await get('/api/relationships?from=meta&to=google&type=COMPETES_WITH')).body.items;
    expect(after).toHaveLength(1);
    expect(after[0].sources).toEqual([...before[0].sources, { source: doc, paragraph: 3 }, { source: doc, paragraph: 1 }]);
    expect((await get('/api/relationships?from=google&to=meta&type=COMPETES_WITH')).body.items).toEqual([]);
  });

  it('corroborates one of several keyed relationships by its date or key, and asks which when it cannot tell', async () => {
    const rounds = async () =>
      (await get('/api/relationships?from=microsoft&to=openai&type=INVESTED_IN')).body.items as { id: string; sources: unknown[] }[];
    const before = await rounds();
    expect(before).toHaveLength(3);
    const undecided = await post(`/api/documents/${doc}/accept`, {
      relationships: [{ type: 'INVESTED_IN', from: 'microsoft', to: 'openai', paragraph: 1 }],
    });
    expect(undecided.status).toBe(409);
    expect(undecided.body.error.details).toContainEqual(expect.objectContaining({ path: 'relationships.0.relationshipKey' }));
    const byDate = await post(`/api/documents/${doc}/accept`, {
      relationships: [
        { type: 'INVESTED_IN', from: 'microsoft', to: 'openai', properties: { date: '2021' }, paragraph: 1 },
        { type: 'INVESTED_IN', from: 'microsoft', to: 'openai', relationshipKey: '2023', paragraph: 2 },
      ],
    });
    expect(byDate).toMatchObject({ status: 201, body: { created: { relationships: [] } } });
    expect(byDate.body.corroborated.sort()).toEqual(['microsoft:INVESTED_IN:openai:2021', 'microsoft:INVESTED_IN:openai:2023']);
    const after = await rounds();
    expect(after).toHaveLength(3);
  });

  it('gives a new entity named in another script the id of its ref, not the Latin fragments of its name', async () => {
    const res = await post(`/api/documents/${doc}/accept`, {
      entities: [{ ref: 'new:sakana-test-ai', kind: 'Organization', name: 'サカナテストAI', paragraphs: [1] }],
    });
    expect(res).toMatchObject({ status: 201, body: { created: { entities: ['sakana-test-ai'] } } });
    CREATED.push('sakana-test-ai');
  });

  describe('refuses a bad batch with nothing written', () => {
    const entity = { ref: 'new:osprey', kind: 'Organization', name: 'Osprey Test Robotics', paragraphs: [1] };
    const cases: [string, string, Record<string, unknown>, number, string][] = [
      [
        'a new: ref that is not among the batch\u2019s entities',
        doc,
        { entities: [entity], relationships: [{ type: 'INVESTED_IN', from: 'microsoft', to: 'new:somebody-else', paragraph: 1 }] },
        400,
        'relationships.0.to',
      ],
      [
        'a new: ref of an earlier batch or another document',
        doc,
        { claims: [{ text: 'A claim', claimKind: 'opinion', by: ['new:kestrel'], about: ['openai'], paragraph: 1 }] },
        400,
        'claims.0.by.0',
      ],
      [
        'a type the two kinds may not join',
        doc,
        { entities: [entity], relationships: [{ type: 'LEADS', from: 'new:osprey', to: 'elon-musk', paragraph: 1 }] },
        400,
        'relationships.0.type',
      ],
      [
        'a relationship\u2019s paragraph beyond the document',
        doc,
        { entities: [entity], relationships: [{ type: 'INVESTED_IN', from: 'microsoft', to: 'new:osprey', paragraph: 4 }] },
        400,
        'relationships.0.paragraph',
      ],
      [
        'an entity\u2019s paragraph beyond the document',
        doc,
        { entities: [{ ...entity, paragraphs: [2, 9] }] },
        400,
        'entities.0.paragraphs.1',
      ],
      [
        'an unknown existing id',
        doc,
        { entities: [entity], relationships: [{ type: 'INVESTED_IN', from: 'no-such-investor', to: 'new:osprey', paragraph: 1 }] },
        400,
        'relationships.0.from',
      ],
      [
        'an id already taken',
        doc,
        { entities: [entity, { ...entity, ref: 'new:openai', id: 'openai', name: 'OpenAI again' }] },
        409,
        'entities.1.id',
      ],
      ['an unknown document', 'doc-no-such-document', { entities: [entity] }, 404, ''],
    ];

    it.each(cases)('%s', async (_name, id, body, status, path) => {
      const before = await snapshot();
      const res = await post(`/api/documents/${id}/accept`, body);
      expect(res.status).toBe(status);
      if (path) expect(res.body.error.details).toContainEqual(expect.objectContaining({ path }));
      expect(await snapshot()).toEqual(before);
    });
  });

  it('are refused without the right token', async () => {
    for (const headers of [{ 'Content-Type': 'application/json' }, { ...auth, Authorization: 'Bearer wrong-token' }]) {
      expect((await post('/api/documents', { title: 'Test: no token', text: 'Hello Microsoft.' }, headers)).status).toBe(401);
      expect((await post(`/api/documents/${doc}/accept`, { entities: [] }, headers)).status).toBe(401);
    }
  });
});
