// The loader's validation reports every problem at once, each with file, record and field.
import { readDatasetFiles, SEED_DIR } from '../../server/loader/load-dataset';
import { formatProblem, validateDataset } from '../../server/loader/validate-dataset';

const source = { id: 'src-test', kind: 'Source', name: 'Test source', title: 'Test', language: 'en', sources: [] };
const ref = [{ source: 'src-test', paragraph: 1 }];

describe('validating a dataset', () => {
  it('reports every problem in one pass, with file, record and field', async () => {
    const { problems } = await validateDataset([
      {
        file: 'a.json',
        content: {
          entities: [
            source,
            { id: 'acme', kind: 'Organization', name: 'Acme', sources: ref },
            { id: 'ufo', kind: 'Spaceship', name: 'UFO', sources: ref },
            { id: 'bad-date', kind: 'AIModel', name: 'Model', releasedOn: '2024-13-01', sources: ref },
            { id: 'gpt-x', kind: 'AIModel', name: 'GPT-X', sources: ref },
          ],
          relationships: [
            { type: 'INVESTED_IN', from: 'acme', to: 'nobody', sources: ref },
            { type: 'INVESTED_IN', from: 'acme', to: 'gpt-x', sources: ref },
            { type: 'FOUNDED', from: 'acme', to: 'acme', sources: [{ source: 'src-missing', paragraph: 2 }] },
          ],
        },
      },
      { file: 'b.json', content: { entities: [{ id: 'acme', kind: 'Organization', name: 'Acme again', sources: ref }] } },
    ]);
    const lines = problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^a\.json: ufo › kind: unknown kind "Spaceship"/),
        expect.stringMatching(/^a\.json: bad-date › releasedOn: /),
        expect.stringMatching(/^a\.json: acme:INVESTED_IN:nobody › to: unknown entity id "nobody"/),
        expect.stringMatching(/^a\.json: acme:INVESTED_IN:gpt-x › type: INVESTED_IN may not end at a AIModel/),
        expect.stringMatching(/^a\.json: acme:FOUNDED:acme › sources\.0\.source: unknown source "src-missing"/),
        expect.stringMatching(/^a\.json: acme:FOUNDED:acme › to: a relationship cannot join "acme" to itself/),
        expect.stringMatching(/^b\.json: acme › id: duplicate id \(first defined in a\.json\)/),
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('reports a relationship given twice without a key', async () => {
    const rel = { type: 'PARTNERS_WITH', from: 'a-co', to: 'b-co', sources: ref };
    const { problems } = await validateDataset([
      {
        file: 'c.json',
        content: {
          entities: [
            source,
            { id: 'a-co', kind: 'Organization', name: 'A', sources: ref },
            { id: 'b-co', kind: 'Organization', name: 'B', sources: ref },
          ],
          relationships: [rel, rel, { ...rel, key: 'second' }],
        },
      },
    ]);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/a-co:PARTNERS_WITH:b-co › key: duplicate relationship/)]);
  });

  describe('dating a relationship of a type with a time extent', () => {
    const pair = [
      source,
      { id: 'a-co', kind: 'Organization', name: 'A', sources: ref },
      { id: 'b-co', kind: 'Organization', name: 'B', sources: ref },
    ];
    const rel = (key: string, properties: Record<string, unknown>) => ({
      type: 'PARTNERS_WITH',
      from: 'a-co',
      to: 'b-co',
      key,
      properties,
      sources: ref,
    });
    const content = {
      entities: pair,
      relationships: [
        rel('dated', { from: '2023' }),
        rel('undated', { undated: true }),
        rel('neither', {}),
        rel('both', { from: '2023', undated: true }),
      ],
    };

    it('refuses a start date and "undated" together in any write', async () => {
      const { problems } = await validateDataset([{ file: 'f.json', content }]);
      expect(problems.map(formatProblem)).toEqual([
        'f.json: a-co:PARTNERS_WITH:b-co:both › properties.undated: is dated (2023) and marked undated: give the date or "undated": true, not both',
      ]);
    });

    it('asks curated data for a start date or an explicit "undated"', async () => {
      const { problems } = await validateDataset([{ file: 'f.json', content }], undefined, { requireDating: true });
      expect(problems.map((p) => `${p.record} ${p.field}`).sort()).toEqual([
        'a-co:PARTNERS_WITH:b-co:both properties.undated',
        'a-co:PARTNERS_WITH:b-co:neither properties.undated',
      ]);
    });

    it('knows no "undated" on a type without a time of its own', async () => {
      const { problems } = await validateDataset([
        {
          file: 'g.json',
          content: {
            entities: [
              ...pair,
              { id: 'm-1', kind: 'AIModel', name: 'M1', sources: ref },
              { id: 'm-2', kind: 'AIModel', name: 'M2', sources: ref },
            ],
            relationships: [{ type: 'SUCCEEDS', from: 'm-2', to: 'm-1', properties: { undated: true }, sources: ref }],
          },
        },
      ]);
      expect(problems.map(formatProblem)).toEqual(['g.json: relationships[0] m-2 -SUCCEEDS-> m-1 › properties: unknown field "undated"']);
    });
  });

  it('refuses a file that is not an object of entities and relationships', async () => {
    const { problems } = await validateDataset([
      { file: 'd.json', content: [1, 2] },
      { file: 'e.json', content: { nodes: [] } },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'd.json: (file): must be a JSON object with "entities" and "relationships"',
      'e.json: (file) › nodes: unknown top-level field "nodes"',
    ]);
  });
});

describe('the shipped seed-data', () => {
  const files = readDatasetFiles([SEED_DIR]);

  it('is valid against graph-schema', async () => {
    const { problems } = await validateDataset(files);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('dates every relationship that has a time extent, or says that nothing dates it', async () => {
    const { problems } = await validateDataset(files, undefined, { requireDating: true });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('is as large as the five documents warrant', async () => {
    const { dataset } = await validateDataset(files);
    expect(dataset.entities.length).toBeGreaterThan(100);
    expect(dataset.relationships.length).toBeGreaterThan(200);
    expect(dataset.entities.filter((e) => e.kind === 'Claim').length).toBeGreaterThan(40);
    const sources = dataset.entities.filter((e) => e.kind === 'Source') as Record<string, unknown>[];
    expect(sources.filter((s) => s.fileName)).toHaveLength(5);
  });

  it('marks every source outside the five documents as a web page with its address', async () => {
    const { dataset } = await validateDataset(files);
    const outside = dataset.entities.filter((e) => e.kind === 'Source' && !('fileName' in e && e.fileName)) as Record<string, unknown>[];
    expect(outside.filter((s) => typeof s.url !== 'string').map((s) => s.id)).toEqual([]);
  });

  it('gives every prediction a due date or the reason it has none, and every outcome its source', async () => {
    const { dataset } = await validateDataset(files);
    const predictions = dataset.entities.filter((e) => e.kind === 'Claim' && e.claimKind === 'prediction') as Record<string, unknown>[];
    expect(predictions.filter((p) => !p.dueBy && !p.noDueDateReason).map((p) => p.id)).toEqual([]);
    const resolved = predictions.filter((p) => p.outcome && p.outcome !== 'open');
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.filter((p) => !p.outcomeSource || !p.resolvedOn || !p.outcomeNote).map((p) => p.id)).toEqual([]);
  });

  it('cites a source for every relationship and every claim', async () => {
    const { dataset } = await validateDataset(files);
    for (const rel of dataset.relationships) expect(rel.sources.length).toBeGreaterThan(0);
    for (const claim of dataset.entities.filter((e) => e.kind === 'Claim')) expect(claim.sources.length).toBeGreaterThan(0);
  });

  it('gives every claim who made it and what it is about, and a Japanese rendering', async () => {
    const { dataset } = await validateDataset(files);
    const claims = dataset.entities.filter((e) => e.kind === 'Claim');
    const made = new Set(dataset.relationships.filter((r) => r.type === 'MADE_CLAIM').map((r) => r.to));
    const about = new Set(dataset.relationships.filter((r) => r.type === 'ABOUT').map((r) => r.from));
    for (const c of claims) {
      expect({ id: c.id, made: made.has(c.id), about: about.has(c.id), ja: 'textJa' in c && !!c.textJa }).toEqual({
        id: c.id,
        made: true,
        about: true,
        ja: true,
      });
    }
  });

  it('gives no two entities the same name or alias, so a search term points at one thing', async () => {
    const { dataset } = await validateDataset(files);
    const owners = new Map<string, string[]>();
    for (const e of dataset.entities.filter((x) => x.kind !== 'Claim' && x.kind !== 'Source')) {
      const names = new Set([e.name, e.nameJa, ...e.aliases].filter((n): n is string => !!n).map((n) => n.toLowerCase()));
      for (const n of names) owners.set(n, [...(owners.get(n) ?? []), e.id]);
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('dates every prediction with a horizon after the day it was made', async () => {
    const { dataset } = await validateDataset(files);
    const dated = dataset.entities.flatMap((e) => (e.kind === 'Claim' && e.dueBy ? [e] : []));
    expect(dated.length).toBeGreaterThan(5);
    for (const c of dated) {
      expect({ id: c.id, kind: c.claimKind, dueAfterStated: !c.statedOn || c.dueBy! > c.statedOn }).toEqual({
        id: c.id,
        kind: 'prediction',
        dueAfterStated: true,
      });
    }
  });

  it('keeps the numbers of the documents as numbers with their dates', async () => {
    const { dataset } = await validateDataset(files);
    const byId = new Map(dataset.entities.map((e) => [e.id, e as Record<string, unknown>]));
    expect(byId.get('xai-colossus')).toMatchObject({ chipModel: 'NVIDIA H100', chipCount: 100000, asOf: '2024-07' });
    expect(byId.get('meta-h100-fleet-2024')).toMatchObject({ chipCount: 350000, h100Equivalents: 600000, status: 'planned' });
    expect(byId.get('laion-cern-for-ai-petition')).toMatchObject({ signatureCount: 2500, signatureGoal: 10000 });
    expect(byId.get('pause-giant-ai-experiments-letter')).toMatchObject({ signatureCount: 20000, launchedOn: '2023-03-22' });
    const power = dataset.relationships.find((r) => r.type === 'BUYS_POWER_FROM' && r.to === 'constellation-energy');
    expect(power?.properties).toMatchObject({ termYears: 20 });
  });

  it('records the real facts behind garbled ones, keeping the garbled spelling as an alias', async () => {
    const { dataset } = await validateDataset(files);
    const byId = new Map(dataset.entities.map((e) => [e.id, e as Record<string, unknown> & { aliases: string[] }]));
    expect(byId.get('llama-3-1-405b')).toMatchObject({ parameterCount: 405e9, aliases: expect.arrayContaining(['Llama 2.1 105B']) });
    expect(byId.get('pixtral-12b')).toMatchObject({ parameterCount: 12e9, aliases: expect.arrayContaining(['Pixar-12B']) });
    expect(byId.get('qwen-2-5-0-5b')).toMatchObject({ parameterCount: 0.5e9 });
    expect(byId.get('grin-moe')!.description).toMatch(/active per token/);
  });

  it('names Elon Musk in English, Japanese and Chinese', async () => {
    const { dataset } = await validateDataset(files);
    const musk = dataset.entities.find((e) => e.id === 'elon-musk')!;
    expect(musk.name).toBe('Elon Musk');
    expect(musk.aliases).toEqual(expect.arrayContaining(['イーロン・マスク', '马斯克']));
  });
});
