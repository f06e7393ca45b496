// The model checks itself: one broken description per rule, each refused with its reason.
import {
  CLAIM_KINDS,
  endpointError,
  entityKinds,
  model,
  modelErrors,
  relationshipId,
  relationshipTypes,
  schemaStatements,
  typeOfRelationshipId,
  type ModelDescription,
} from '../../graph-schema';

const base = (): ModelDescription => structuredClone<ModelDescription>(model);
const kind = (m: ModelDescription, label: string) => m.kinds.find((k) => k.label === label)!;
const rel = (m: ModelDescription, type: string) => m.relationships.find((r) => r.type === type)!;

describe('the graph model', () => {
  it('is consistent as shipped', () => {
    expect(modelErrors(model)).toEqual([]);
  });

  const brokenModels: [string, (m: ModelDescription) => void, RegExp][] = [
    ['a relationship that names an unknown kind', (m) => (m.relationships[0].to = ['Spaceship']), /names unknown kind Spaceship/],
    ['a caption that names a missing property', (m) => (m.kinds[0].caption = 'nickname'), /caption "nickname" which is no property/],
    ['two kinds that share a label', (m) => m.kinds.push({ ...m.kinds[0] }), /two kinds share the label Person/],
    ['a relationship with no source kind', (m) => (m.relationships[0].from = []), /has no source kind/],
    ['an index on a missing property', (m) => (m.kinds[1].indexed = ['budget']), /indexes "budget"/],
    [
      'a type that is not UPPER_SNAKE',
      (m) => {
        m.signals!.relationships.investedIn = m.signals!.relationships[m.relationships[0].type];
        m.relationships[0].type = 'investedIn';
      },
      /not UPPER_SNAKE/,
    ],
    ['a weight that is no property', (m) => (m.relationships[0].weight = 'size'), /weighted by "size"/],
    ['a weight that is no number', (m) => (rel(m, 'INVESTED_IN').weight = 'round'), /weighted by "round" which is text, not number/],
    ['a kind property that shadows a reserved field', (m) => (m.kinds[0].properties = ['aliases']), /reserved field "aliases"/],
    [
      'a featured property that does not exist',
      (m) => (kind(m, 'Person').featured = ['shoeSize']),
      /features "shoeSize" which is no property/,
    ],
    ['a body that is no text', (m) => (kind(m, 'Claim').body = { en: 'statedOn' }), /quotes "statedOn" which is date, not text/],
    [
      'a size rule on a missing property',
      (m) => (kind(m, 'GPUCluster').size = { by: ['teraflops'], fixed: 28 }),
      /sized by "teraflops" which is no property/,
    ],
    [
      'a size rule on a property that is no number',
      (m) => (kind(m, 'GPUCluster').size = { by: ['site'], fixed: 28 }),
      /sized by "site" which is text, not number/,
    ],
    ['a fixed size that is not positive', (m) => (kind(m, 'Claim').size = { fixed: 0 }), /fixed size that is not positive/],
    ['a dates rule on a missing property', (m) => (kind(m, 'AIModel').dates = ['bornOn']), /dated by "bornOn" which is no property/],
    [
      'a dates rule on a property that is no date',
      (m) => (kind(m, 'AIModel').dates = ['modality']),
      /dated by "modality" which is text, not date/,
    ],
    [
      'a temporal start that does not exist',
      (m) => (rel(m, 'WORKS_FOR').temporal = { start: ['hiredOn'], end: ['to'] }),
      /starts by "hiredOn" which is no property/,
    ],
    [
      'a temporal end that is no date',
      (m) => (rel(m, 'WORKS_FOR').temporal = { start: ['from'], end: ['role'] }),
      /ends by "role" which is text, not date/,
    ],
    ['a temporal rule with no start', (m) => (rel(m, 'WORKS_FOR').temporal = { start: [], end: ['to'] }), /temporal but names no start/],
    [
      'a palette for a property that is no enum',
      (m) => (kind(m, 'Claim').palettes = { statedOn: { '2024': '#000000' } }),
      /palette for "statedOn" which is date, not enum/,
    ],
    ['a palette for a missing property', (m) => (kind(m, 'Person').palettes = { mood: {} }), /palette for "mood" which is no property/],
    [
      'a palette that leaves a value without colour',
      (m) => delete (kind(m, 'Claim').palettes.claimKind as Record<string, string>).opinion,
      /no colour for "opinion"/,
    ],
    [
      'a palette that colours a value the enum lacks',
      (m) => ((kind(m, 'Claim').palettes.claimKind as Record<string, string>).rumour = '#123456'),
      /colours "rumour" which is no value/,
    ],
    [
      'a property without a label',
      (m) => delete (rel(m, 'INVESTED_IN').propertyInfo.amount as { label?: string }).label,
      /property "amount" has no label/,
    ],
    [
      'a property label without its Japanese form',
      (m) => delete (kind(m, 'Organization').propertyInfo.foundedOn.labels as Partial<Record<string, string>>).ja,
      /kind Organization property "foundedOn" has no label in ja/,
    ],
    [
      'a property label with a blank Chinese form',
      (m) => ((rel(m, 'INVESTED_IN').propertyInfo.amount.labels as Record<string, string>).zh = ' '),
      /relationship INVESTED_IN property "amount" has no label in zh/,
    ],
    [
      'a unit word without its Chinese form',
      (m) => delete (kind(m, 'GPUCluster').propertyInfo.chipCount.units as Partial<Record<string, string>>).zh,
      /kind GPUCluster property "chipCount" has no unit in zh/,
    ],
    [
      'an enum shown in panels whose value has no Japanese title',
      (m) => delete (kind(m, 'Organization').valueTitles.orgType['research-lab'] as Partial<Record<string, string>>).ja,
      /kind Organization value "research-lab" of "orgType" has no title in ja/,
    ],
    [
      'a relationship type with no signals in Chinese',
      (m) => delete (m.signals!.relationships.INVESTED_IN.active as Partial<Record<string, unknown>>).zh,
      /INVESTED_IN has no signals in zh/,
    ],
    [
      'a passive signal list that is empty',
      (m) => (m.signals!.relationships.SUED.passive = { en: [] }),
      /SUED \(passive\) has an empty signal list or word in en/,
    ],
    [
      'a claim signal without Japanese',
      (m) => delete (m.signals!.kinds.Claim.prediction as Partial<Record<string, unknown>>).ja,
      /kind Claim signal "prediction" has no signals in ja/,
    ],
    [
      'a kind without a Japanese title',
      (m) => delete (kind(m, 'Person').titles as Partial<Record<string, string>>).ja,
      /kind Person has no title in ja/,
    ],
    [
      'a kind with a blank Chinese title',
      (m) => ((kind(m, 'GPUCluster').titles as Record<string, string>).zh = ' '),
      /GPUCluster has no title in zh/,
    ],
    [
      'a relationship type without a Chinese title',
      (m) => delete (rel(m, 'INVESTED_IN').titles as Partial<Record<string, string>>).zh,
      /relationship INVESTED_IN has no title in zh/,
    ],
    [
      'a claim kind whose value has no Chinese title',
      (m) => delete (kind(m, 'Claim').valueTitles.claimKind.opinion as Partial<Record<string, string>>).zh,
      /value "opinion" of "claimKind" has no title in zh/,
    ],
    [
      'a relationship\u2019s enum whose value has no Japanese title',
      (m) => delete (rel(m, 'ABOUT').valueTitles.stance.opposes as Partial<Record<string, string>>).ja,
      /relationship ABOUT value "opposes" of "stance" has no title in ja/,
    ],
  ];
  it.each(brokenModels)('refuses %s', (_name, breakIt, expected) => {
    const broken = base();
    breakIt(broken);
    const errors = modelErrors(broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  it('has at least the kinds and relationship types the product promises', () => {
    expect(entityKinds.map((k) => k.label)).toEqual(
      expect.arrayContaining(['Person', 'Organization', 'GPUCluster', 'Petition', 'AIModel', 'Dataset', 'Facility', 'Claim', 'Source']),
    );
    expect(relationshipTypes.map((r) => r.type)).toEqual(
      expect.arrayContaining([
        'INVESTED_IN',
        'COMPETES_WITH',
        'WORKS_FOR',
        'FOUNDED',
        'LEADS',
        'SUBSIDIARY_OF',
        'HIRED_FROM',
        'OPERATES',
        'TRAINED_ON',
        'DEVELOPED',
        'SIGNED',
        'AUTHORED',
        'SUPPORTS',
        'OPPOSES',
        'PARTNERS_WITH',
        'SUPPLIES',
        'BUYS_POWER_FROM',
        'MADE_CLAIM',
        'ABOUT',
      ]),
    );
    expect(CLAIM_KINDS).toEqual(['prediction', 'opinion', 'announcement', 'reported-fact']);
  });

  it('declares the signals of every relationship type in Japanese, Chinese and English', () => {
    for (const type of relationshipTypes)
      for (const lang of ['ja', 'zh', 'en'] as const) expect(type.signals.active[lang].length).toBeGreaterThan(0);
  });

  it('lets a claim be about every kind but the documents, as the list of kinds says', () => {
    expect(rel(model, 'ABOUT').to).toEqual(entityKinds.map((k) => k.label).filter((label) => label !== 'Source'));
  });

  it('labels every property in each language and reads its type off the zod schema', () => {
    expect(kind(model, 'GPUCluster').propertyInfo.h100Equivalents).toEqual({
      type: 'number',
      label: 'H100 equivalents',
      labels: { ja: 'H100換算', zh: 'H100当量' },
      unit: 'H100e',
      units: { ja: 'H100e', zh: 'H100e' },
    });
    expect(kind(model, 'Organization').propertyInfo.foundedOn).toEqual({
      type: 'date',
      label: 'Founded',
      labels: { ja: '設立', zh: '成立' },
    });
    expect(kind(model, 'Claim').propertyInfo.claimKind).toMatchObject({ type: 'enum', values: [...CLAIM_KINDS] });
    expect(rel(model, 'INVESTED_IN').propertyInfo.amount).toMatchObject({ type: 'number', unit: 'currency' });
    // A unit held by a sibling property (the amount's currency) is a value, not a word to translate.
    expect(rel(model, 'INVESTED_IN').propertyInfo.amount.units).toBeUndefined();
  });
});

describe('relationship endpoints', () => {
  it('allows an investment from an organisation into an organisation', () => {
    expect(endpointError('INVESTED_IN', 'Organization', 'Organization')).toBeUndefined();
  });
  it('refuses an investment into a model, naming what is allowed', () => {
    expect(endpointError('INVESTED_IN', 'Organization', 'AIModel')).toBe('INVESTED_IN may not end at a AIModel (allowed: Organization)');
  });
  it('refuses a claim made by a GPU cluster', () => {
    expect(endpointError('MADE_CLAIM', 'GPUCluster', 'Claim')).toMatch(/may not start at a GPUCluster/);
  });
  it('names an unknown type', () => {
    expect(endpointError('LOVES', 'Person', 'Person')).toBe('unknown relationship type "LOVES"');
  });
});

describe('relationship ids', () => {
  it('read as from:TYPE:to[:key] and give their type back', () => {
    const id = relationshipId({ from: 'microsoft', type: 'INVESTED_IN', to: 'openai', key: '2023' });
    expect(id).toBe('microsoft:INVESTED_IN:openai:2023');
    expect(typeOfRelationshipId(id)).toBe('INVESTED_IN');
    expect(typeOfRelationshipId('a:NOT_A_TYPE:b')).toBeUndefined();
  });
});

describe('database schema derived from the model', () => {
  const statements = schemaStatements();
  it('has an id uniqueness constraint for every kind and relationship type', () => {
    for (const kind of entityKinds)
      expect(statements).toContain(
        `CREATE CONSTRAINT ${kind.label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${kind.label}) REQUIRE n.id IS UNIQUE`,
      );
    for (const rel of relationshipTypes) expect(statements.some((s) => s.includes(`()-[r:${rel.type}]-()`))).toBe(true);
  });
  it('is idempotent by construction', () => {
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });
  it('has a CJK-aware full-text index over names and aliases', () => {
    expect(statements.at(-1)).toMatch(/CREATE FULLTEXT INDEX entity_name_search .* ON EACH \[n\.name, n\.nameJa, n\.aliases\].*'cjk'/);
  });
});
