// The write rules, one row per rule: what the loader and every API write refuse, whatever the
// records' origin, checked against the write itself and the entities already stored.
import { EntityRecord, RelationshipRecord, relationshipId } from '../../graph-schema';
import { relationshipIdBreach, writeRuleBreaches, type KnownKinds, type WriteSet } from '../../server/domain/write-rules';

const ref = [{ source: 'src-test', paragraph: 1 }];
const entity = (fields: Record<string, unknown>) => EntityRecord.parse({ sources: ref, ...fields });
const relationship = (fields: Record<string, unknown>) => {
  const rel = RelationshipRecord.parse({ sources: ref, ...fields });
  return { ...rel, id: rel.id ?? relationshipId(rel) };
};

const source = entity({ id: 'src-test', kind: 'Source', name: 'Test source', title: 'Test', language: 'en', sources: [] });
const acme = entity({ id: 'acme', kind: 'Organization', name: 'Acme' });
const beta = entity({ id: 'beta', kind: 'Organization', name: 'Beta' });
const ada = entity({ id: 'ada', kind: 'Person', name: 'Ada' });
const model = entity({ id: 'acme-model', kind: 'AIModel', name: 'Acme Model' });

/** The database as the rules see it: the kind of each stored id. */
const stored =
  (kinds: Record<string, string>): KnownKinds =>
  async (ids) =>
    new Map(ids.filter((id) => kinds[id] !== undefined).map((id) => [id, kinds[id]]));
const nothingStored = stored({});
const origins = { entity: (i: number) => `entity-file-${i}`, relationship: (i: number) => `relationship-file-${i}` };

async function breaches(write: Partial<WriteSet>, known: KnownKinds = nothingStored) {
  const found = await writeRuleBreaches({ entities: [], relationships: [], ...write }, known, origins);
  return found.map(({ origin, record, field, message }) => ({ origin, record, field, message }));
}

describe('the write rules', () => {
  it('accept a write whose entities cite a Source and whose relationships join kinds their type allows', async () => {
    expect(
      await breaches({
        entities: [source, acme, beta],
        relationships: [relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta' })],
      }),
    ).toEqual([]);
  });

  it('accept ends and sources that are already stored', async () => {
    const write = { relationships: [relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta' })] };
    expect(await breaches(write, stored({ acme: 'Organization', beta: 'Organization', 'src-test': 'Source' }))).toEqual([]);
  });

  it.each([
    [
      'an entity id given twice',
      { entities: [source, acme, { ...acme, name: 'Acme again' }] },
      nothingStored,
      [{ origin: 'entity-file-2', record: 'acme', field: 'id', message: 'duplicate id (first defined in entity-file-1)' }],
    ],
    [
      'an id stored as another kind',
      { entities: [source, { ...ada, id: 'acme' }] },
      stored({ acme: 'Organization' }),
      [{ origin: 'entity-file-1', record: 'acme', field: 'kind', message: 'id already exists as a Organization, not a Person' }],
    ],
    [
      'a relationship given twice without a key',
      {
        entities: [source, acme, beta],
        relationships: [
          relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta' }),
          relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta' }),
        ],
      },
      nothingStored,
      [
        {
          origin: 'relationship-file-1',
          record: 'acme:PARTNERS_WITH:beta',
          field: 'key',
          message: 'duplicate relationship (first in relationship-file-0); give each a distinct "key"',
        },
      ],
    ],
    [
      'a relationship from an unknown entity',
      { entities: [source, beta], relationships: [relationship({ type: 'PARTNERS_WITH', from: 'nobody', to: 'beta' })] },
      nothingStored,
      [{ origin: 'relationship-file-0', record: 'nobody:PARTNERS_WITH:beta', field: 'from', message: 'unknown entity id "nobody"' }],
    ],
    [
      'a relationship to an unknown entity',
      { entities: [source, acme], relationships: [relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'nobody' })] },
      nothingStored,
      [{ origin: 'relationship-file-0', record: 'acme:PARTNERS_WITH:nobody', field: 'to', message: 'unknown entity id "nobody"' }],
    ],
    [
      'a relationship between kinds its type may not join',
      { entities: [source, ada, model], relationships: [relationship({ type: 'INVESTED_IN', from: 'ada', to: 'acme-model' })] },
      nothingStored,
      [
        {
          origin: 'relationship-file-0',
          record: 'ada:INVESTED_IN:acme-model',
          field: 'type',
          message: expect.stringMatching(/^INVESTED_IN may not end at a AIModel/),
        },
      ],
    ],
    [
      'a citation of an unknown source',
      { entities: [source, { ...acme, sources: [{ source: 'src-missing', paragraph: 2 }] }] },
      nothingStored,
      [{ origin: 'entity-file-1', record: 'acme', field: 'sources.0.source', message: 'unknown source "src-missing"' }],
    ],
    [
      'a citation of an entity that is not a Source',
      {
        entities: [source, acme],
        relationships: [relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta', sources: [{ source: 'acme', paragraph: 1 }] })],
      },
      stored({ beta: 'Organization' }),
      [
        {
          origin: 'relationship-file-0',
          record: 'acme:PARTNERS_WITH:beta',
          field: 'sources.0.source',
          message: '"acme" is a Organization, not a Source',
        },
      ],
    ],
  ])('refuse %s', async (_rule, write, known, expected) => {
    expect(await breaches(write as Partial<WriteSet>, known)).toEqual(expected);
  });

  it('ask the database only once, for every id the write names', async () => {
    const asked: string[][] = [];
    const known: KnownKinds = async (ids) => {
      asked.push([...ids].sort());
      return new Map();
    };
    await breaches({ entities: [source, acme], relationships: [relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta' })] }, known);
    expect(asked).toEqual([['acme', 'beta', 'src-test']]);
  });
});

describe("a relationship's id", () => {
  const rel = RelationshipRecord.parse({ type: 'PARTNERS_WITH', from: 'acme', to: 'beta', key: 'second', sources: ref });

  it('may be left out or be the one derived from its ends, type and key', () => {
    expect(relationshipIdBreach(rel)).toBeUndefined();
    expect(relationshipIdBreach({ ...rel, id: 'acme:PARTNERS_WITH:beta:second' })).toBeUndefined();
  });

  it('is refused when it is any other', () => {
    expect(relationshipIdBreach({ ...rel, id: 'my-own-id' })).toBe(
      'must be "acme:PARTNERS_WITH:beta:second" (from:TYPE:to[:key]) or left out',
    );
  });
});

describe('the rules of sense', () => {
  const today = new Date('2026-11-26T12:00:00Z');
  const judged = async (write: Partial<WriteSet>, options: { known?: Set<string> } = {}) => {
    const found = await writeRuleBreaches(
      { entities: [source, ...(write.entities ?? [])], relationships: write.relationships ?? [] },
      nothingStored,
      origins,
      {
        today,
        knownRelationships: async (ids) => new Set(ids.filter((id) => options.known?.has(id))),
      },
    );
    return found.map(({ record, field, message }) => ({ record, field, message }));
  };
  const orgs = [acme, beta, ada];

  it('refuse a relationship from an entity to itself', async () => {
    expect(await judged({ entities: orgs, relationships: [relationship({ type: 'PARTNERS_WITH', from: 'acme', to: 'acme' })] })).toEqual([
      { record: 'acme:PARTNERS_WITH:acme', field: 'to', message: 'a relationship cannot join "acme" to itself' },
    ]);
  });

  it('refuse a symmetric relationship given both ways in one write, naming the second', async () => {
    const both = [
      relationship({ type: 'COMPETES_WITH', from: 'acme', to: 'beta' }),
      relationship({ type: 'COMPETES_WITH', from: 'beta', to: 'acme' }),
    ];
    expect(await judged({ entities: orgs, relationships: both })).toEqual([
      {
        record: 'beta:COMPETES_WITH:acme',
        field: 'from',
        message:
          'COMPETES_WITH has no direction and acme:COMPETES_WITH:beta is in this write already (in relationship-file-0); give it once',
      },
    ]);
  });

  it('refuse a symmetric relationship whose reverse is stored, and allow a directed one both ways', async () => {
    const known = new Set(['beta:COMPETES_WITH:acme', 'beta:INVESTED_IN:acme']);
    expect(
      await judged({ entities: orgs, relationships: [relationship({ type: 'COMPETES_WITH', from: 'acme', to: 'beta' })] }, { known }),
    ).toEqual([
      {
        record: 'acme:COMPETES_WITH:beta',
        field: 'from',
        message: 'COMPETES_WITH has no direction and beta:COMPETES_WITH:acme is stored already: the same fact the other way round',
      },
    ]);
    expect(
      await judged({ entities: orgs, relationships: [relationship({ type: 'INVESTED_IN', from: 'acme', to: 'beta' })] }, { known }),
    ).toEqual([]);
  });

  it('refuse a relationship that ends before it starts, reading partial dates as periods', async () => {
    const ended = relationship({ type: 'WORKS_FOR', from: 'ada', to: 'acme', properties: { from: '2021-03', to: '2020' } });
    expect(await judged({ entities: orgs, relationships: [ended] })).toEqual([
      { record: 'ada:WORKS_FOR:acme', field: 'properties.to', message: 'ends (2020) before it starts (2021-03)' },
    ]);
    const sameYear = relationship({ type: 'WORKS_FOR', from: 'ada', to: 'acme', properties: { from: '2021-03', to: '2021' } });
    expect(await judged({ entities: orgs, relationships: [sameYear] })).toEqual([]);
  });

  it('refuse a fact dated more than a year ahead, but not a prediction due then', async () => {
    const claim = entity({
      id: 'claim-far',
      kind: 'Claim',
      name: 'Far',
      text: 'It will happen.',
      claimKind: 'prediction',
      statedOn: '2999-01-01',
      dueBy: '2999',
    });
    const deal = relationship({ type: 'INVESTED_IN', from: 'acme', to: 'beta', properties: { date: '2028' } });
    expect(await judged({ entities: [...orgs, claim], relationships: [deal] })).toEqual([
      {
        record: 'claim-far',
        field: 'statedOn',
        message: '2999-01-01 is more than 1 year in the future (after 2027-11-26); only a due date (dueBy) may be',
      },
      {
        record: 'acme:INVESTED_IN:beta',
        field: 'properties.date',
        message: '2028 is more than 1 year in the future (after 2027-11-26); only a due date (dueBy) may be',
      },
    ]);
    const soon = relationship({ type: 'INVESTED_IN', from: 'acme', to: 'beta', properties: { date: '2027-06' } });
    expect(await judged({ entities: orgs, relationships: [soon] })).toEqual([]);
  });

  it('refuse the same citation given twice', async () => {
    const twice = entity({
      id: 'twice',
      kind: 'Organization',
      name: 'Twice',
      sources: [...ref, { source: 'src-test', paragraph: 2 }, ...ref],
    });
    expect(await judged({ entities: [twice] })).toEqual([
      { record: 'twice', field: 'sources.2', message: 'cites src-test paragraph 1 twice' },
    ]);
  });
});
