// The display and time rules of graph-schema, and the Cypher generated from them: when an entity
// exists, when a relationship holds, what sizes a node, what a panel shows.
import {
  ABOUT,
  AIModel,
  asOfPredicate,
  bodyText,
  Claim,
  entityExistsFrom,
  entityExistsPredicate,
  featuredProperties,
  GPUCluster,
  holdsAsOf,
  predictionStatus,
  INVESTED_IN,
  labelIn,
  model,
  nodeSizeValue,
  Organization,
  Person,
  relationshipHoldsPredicate,
  relationshipSpan,
  sizeValueExpression,
  unitIn,
  unitProperties,
  WORKS_FOR,
  type ModelDescription,
} from '../../graph-schema';
import { schemaDocument } from '../../server/api/meta.routes';

describe('when an entity exists', () => {
  it('from the date its kind names: a model from its release', () => {
    expect(entityExistsFrom(AIModel.meta, { releasedOn: '2023-03-14' })).toBe('2023-03-14');
  });
  it('from the first date its kind names that the record has', () => {
    const kind = { dates: ['launchedOn', 'statedOn'] };
    expect(entityExistsFrom(kind, { statedOn: '2021' })).toBe('2021');
    expect(entityExistsFrom(kind, { launchedOn: '2020', statedOn: '2021' })).toBe('2020');
  });
  it('always, when its kind names no date or the record lacks it', () => {
    expect(entityExistsFrom(Person.meta, { name: 'Ada' })).toBeUndefined();
    expect(entityExistsFrom(Claim.meta, { text: 'undated' })).toBeUndefined();
  });
});

describe('when a relationship holds', () => {
  it('from its start to its end', () => {
    expect(relationshipSpan(WORKS_FOR.meta, { from: '2015', to: '2018-02', role: 'CTO' })).toEqual({ start: '2015', end: '2018-02' });
  });
  it('from its own date when it has no explicit start', () => {
    expect(relationshipSpan(INVESTED_IN.meta, { date: '2019-07', amount: 1e9 })).toEqual({ start: '2019-07' });
  });
  it('never by a date of its own when its type has no time (what a claim is about)', () => {
    expect(relationshipSpan(ABOUT.meta, { from: '2020' })).toEqual({});
  });
  it('as of a date within its span, partial dates compared by their precision as text', () => {
    expect(holdsAsOf({ start: '2015', end: '2018-02' }, '2016-06')).toBe(true);
    expect(holdsAsOf({ start: '2023' }, '2023-03')).toBe(true);
    expect(holdsAsOf({ start: '2023-05' }, '2023-03')).toBe(false);
    expect(holdsAsOf({ end: '2018-02' }, '2019')).toBe(false);
    expect(holdsAsOf({}, '1990')).toBe(true);
  });
  it('as of a partial date, at any time within the period it names', () => {
    expect(holdsAsOf({ start: '2024-05' }, '2024')).toBe(true);
    expect(holdsAsOf({ start: '2023-03-15' }, '2023-03')).toBe(true);
    expect(holdsAsOf({ start: '2023-04-01' }, '2023-03')).toBe(false);
    expect(holdsAsOf({ end: '2023-06' }, '2023-06-15')).toBe(true);
    expect(holdsAsOf({ end: '2023-06' }, '2023-07')).toBe(false);
  });
});

describe('what sizes a node', () => {
  it('the first measure its kind names that the record has', () => {
    expect(nodeSizeValue(GPUCluster.meta, { h100Equivalents: 100000, chipCount: 50000 })).toBe(100000);
    expect(nodeSizeValue(GPUCluster.meta, { chipCount: 50000 })).toBe(50000);
  });
  it('nothing when its kind has a fixed size', () => {
    expect(nodeSizeValue(Claim.meta, { chipCount: 5 })).toBeUndefined();
    expect(Claim.meta.size.fixed).toBeLessThan(GPUCluster.meta.size.fixed);
  });
});

describe('what a panel shows', () => {
  it('a record’s own words in the reader’s language, English where there is no translation', () => {
    expect(bodyText(Claim.meta, { text: 'AGI by 2029', textJa: '2029年までにAGI' }, 'ja')).toBe('2029年までにAGI');
    expect(bodyText(Claim.meta, { text: 'AGI by 2029' }, 'ja')).toBe('AGI by 2029');
    expect(bodyText(Claim.meta, { text: 'AGI by 2029', textJa: '2029年までにAGI' }, 'en')).toBe('AGI by 2029');
    expect(bodyText(Person.meta, { text: 'not a body' }, 'en')).toBeUndefined();
  });
  it('the featured properties in their order', () => {
    expect(featuredProperties(Claim.meta).slice(0, 4)).toEqual(['claimKind', 'statedOn', 'dueBy', 'outcome']);
  });
  it('a currency beside its amount rather than on its own', () => {
    expect([...unitProperties(INVESTED_IN.meta.propertyInfo)]).toEqual(['currency']);
  });
});

describe('the as-of Cypher generated from the rules', () => {
  it('dates each entity by its kind, leaving undated kinds always present', () => {
    const cypher = entityExistsPredicate('a');
    expect(cypher).toContain('WHEN a:Organization THEN coalesce(a.foundedOn, $asOf)');
    expect(cypher).toContain('WHEN a:Claim THEN coalesce(a.statedOn, $asOf)');
    expect(cypher).not.toContain('a:Person');
    expect(cypher).toMatch(/ELSE \$asOf END <= \(\$asOf \+ '\\uffff'\)$/);
  });
  it('holds a relationship from its start to its end, and one without time always', () => {
    const cypher = relationshipHoldsPredicate('r');
    expect(cypher).toContain("'WORKS_FOR'");
    expect(cypher).toContain("coalesce(r.from, r.date, $asOf) <= ($asOf + '\\uffff') AND (coalesce(r.to, $asOf) + '\\uffff') >= $asOf");
    expect(cypher).not.toContain("'ABOUT'");
    expect(cypher).toMatch(/ELSE true END$/);
  });
  it('shows a relationship only when both its ends exist, and everything when no date is asked', () => {
    const cypher = asOfPredicate({ from: 'a', rel: 'r', to: 'b' });
    expect(cypher.startsWith('($asOf IS NULL OR (')).toBe(true);
    expect(cypher).toContain(entityExistsPredicate('a'));
    expect(cypher).toContain(entityExistsPredicate('b'));
    expect(cypher).toContain(relationshipHoldsPredicate('r'));
  });
  it('takes the parameter name and the model it is given', () => {
    const undated: ModelDescription = {
      kinds: model.kinds.map((k) => ({ ...k, dates: [] })),
      relationships: model.relationships.map((r) => ({ ...r, temporal: null })),
    };
    expect(asOfPredicate({ from: 'x', rel: 'y', to: 'z' }, 'when', undated)).toBe('($when IS NULL OR (true AND true AND true))');
  });
  it('refuses to splice anything but a plain variable name', () => {
    expect(() => entityExistsPredicate('a) DETACH DELETE (a')).toThrow(/not a Cypher variable/);
    expect(() => asOfPredicate({ from: 'a', rel: 'r', to: 'b' }, 'x; DROP')).toThrow(/not a Cypher variable/);
  });
  it('orders compute by the size rule of its kind', () => {
    expect(sizeValueExpression('c', GPUCluster.meta)).toBe('coalesce(c.h100Equivalents, c.chipCount, 0)');
    expect(sizeValueExpression('c', Claim.meta)).toBe('coalesce(0)');
  });
});

describe('the schema document /api/schema serves', () => {
  const document = JSON.parse(JSON.stringify(schemaDocument()));
  const kindDoc = document.kinds.find((k: { label: string }) => k.label === 'GPUCluster');
  const relDoc = document.relationships.find((r: { type: string }) => r.type === 'WORKS_FOR');
  it('carries each kind’s featured, size, dates and palettes, and each type’s temporal rule', () => {
    expect(kindDoc).toMatchObject({ featured: GPUCluster.meta.featured, size: GPUCluster.meta.size, dates: GPUCluster.meta.dates });
    expect(document.kinds.find((k: { label: string }) => k.label === 'Claim').palettes).toEqual(Claim.meta.palettes);
    expect(relDoc.temporal).toEqual({ start: ['from'], end: ['to'] });
    expect(document.relationships.find((r: { type: string }) => r.type === 'ABOUT').temporal).toBeNull();
  });
  it('gives every property its label and unit, in its JSON Schema and its property info', () => {
    expect(kindDoc.propertySchemas.powerMW).toMatchObject({ label: 'Power', unit: 'MW', type: 'number' });
    expect(kindDoc.propertyInfo.powerMW).toMatchObject({ type: 'number', label: 'Power', unit: 'MW' });
    expect(relDoc.propertySchemas.to).toMatchObject({ label: 'Until' });
  });
  it('gives every property label in Japanese and Chinese beside the English one', () => {
    expect(kindDoc.propertyInfo.chipCount).toEqual({
      type: 'number',
      label: 'Chips',
      labels: { ja: 'チップ数', zh: '芯片数量' },
      unit: 'chips',
      units: { ja: '枚', zh: '块' },
    });
    expect(relDoc.propertyInfo.to.labels).toEqual({ ja: '終了', zh: '结束' });
  });
});

describe('a property’s words in a language', () => {
  const founded = Organization.meta.propertyInfo.foundedOn;
  const chips = GPUCluster.meta.propertyInfo.chipCount;
  it('are its declared translation, English in English', () => {
    expect([labelIn(founded, 'en'), labelIn(founded, 'ja'), labelIn(founded, 'zh')]).toEqual(['Founded', '設立', '成立']);
    expect([unitIn(chips, 'en'), unitIn(chips, 'ja'), unitIn(chips, 'zh')]).toEqual(['chips', '枚', '块']);
  });
  it('fall back to English for a language the schema does not speak, and to nothing for an unknown property', () => {
    expect(labelIn(founded, 'fr')).toBe('Founded');
    expect(labelIn(undefined, 'ja')).toBeUndefined();
  });
});

describe('a prediction’s status', () => {
  const today = '2026-11-26';
  it.each([
    [{ dueBy: '2024-11' }, 'overdue'],
    [{ dueBy: '2026' }, 'due'],
    [{ dueBy: '2026-11' }, 'due'],
    [{ dueBy: '2026-11-25' }, 'overdue'],
    [{ dueBy: '2027-09' }, 'open'],
    [{}, 'open'],
    [{ dueBy: '2024-11', outcome: 'did-not' }, 'did-not'],
    [{ dueBy: '2024-08', outcome: 'came-true' }, 'came-true'],
    [{ dueBy: '2024-12', outcome: 'open' }, 'overdue'],
  ])('%j is %s', (claim, status) => {
    expect(predictionStatus(claim, today)).toBe(status);
  });
});
