// Every kind and relationship type accepts a good record and refuses bad ones with a clear message.
import {
  EntityRecord,
  KIND_NAMES,
  PartialDate,
  RelationshipRecord,
  endpointError,
  entityKinds,
  relationshipTypes,
} from '../../graph-schema';

const ref = [{ source: 'src-000', paragraph: 3 }];
const required: Record<string, Record<string, unknown>> = {
  Claim: { text: 'Something was said.', claimKind: 'opinion' },
  Source: { title: 'A title', language: 'ja' },
};

describe.each(entityKinds.map((k) => [k.label]))('kind %s', (label) => {
  const good = { id: 'some-thing', kind: label, name: 'Some thing', aliases: ['サムシング'], sources: ref, ...required[label] };
  it('accepts a minimal good record', () => {
    expect(EntityRecord.safeParse(good).success).toBe(true);
  });
  it('refuses an id that is not a slug', () => {
    const result = EntityRecord.safeParse({ ...good, id: 'Some Thing' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(/kebab-case slug/);
  });
  it('refuses an unknown field, naming it', () => {
    const result = EntityRecord.safeParse({ ...good, colour: 'red' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain('colour');
  });
  const kindProperties = entityKinds.find((k) => k.label === label)!.meta.properties;
  it.each(kindProperties.map((p) => [p]))('refuses its property %s given as an object, naming the field', (property) => {
    const result = EntityRecord.safeParse({ ...good, [property]: { wrong: true } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(property);
  });
  if (label !== 'Source')
    it('refuses a record without sources', () => {
      const result = EntityRecord.safeParse({ ...good, sources: [] });
      expect(result.error!.issues[0].message).toBe('must cite at least one source');
    });
});

describe.each(relationshipTypes.map((r) => [r.type]))('relationship %s', (type) => {
  const good = { type, from: 'a-thing', to: 'b-thing', sources: ref };
  it('accepts a good record with a date range', () => {
    expect(RelationshipRecord.safeParse({ ...good, properties: { from: '2023-01', to: '2024' } }).success).toBe(true);
  });
  it('refuses a property the type does not have', () => {
    const result = RelationshipRecord.safeParse({ ...good, properties: { mood: 'happy' } });
    expect(result.success).toBe(false);
  });
  it('refuses a missing source', () => {
    const result = RelationshipRecord.safeParse({ ...good, sources: [] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toBe('must cite at least one source');
  });
  it('names the unknown property it refuses', () => {
    const result = RelationshipRecord.safeParse({ ...good, properties: { mood: 'happy' } });
    expect(JSON.stringify(result.error!.issues)).toContain('mood');
  });
  const meta = relationshipTypes.find((r) => r.type === type)!.meta;
  it('joins the kinds it declares and refuses others, naming what is allowed', () => {
    expect(endpointError(type, meta.from[0], meta.to[0])).toBeUndefined();
    const badFrom = KIND_NAMES.find((k) => !meta.from.includes(k));
    if (badFrom)
      expect(endpointError(type, badFrom, meta.to[0])).toBe(`${type} may not start at a ${badFrom} (allowed: ${meta.from.join(', ')})`);
    const badTo = KIND_NAMES.find((k) => !meta.to.includes(k));
    if (badTo) expect(endpointError(type, meta.from[0], badTo)).toBe(`${type} may not end at a ${badTo} (allowed: ${meta.to.join(', ')})`);
    expect(badFrom ?? badTo).toBeDefined();
  });
});

describe('typed properties', () => {
  it('takes GPU counts as numbers and refuses them as text', () => {
    const base = { id: 'x-cluster', kind: 'GPUCluster', name: 'X', sources: ref };
    expect(EntityRecord.safeParse({ ...base, chipCount: 350000 }).success).toBe(true);
    expect(EntityRecord.safeParse({ ...base, chipCount: '350,000' }).success).toBe(false);
    expect(EntityRecord.safeParse({ ...base, status: 'rumoured' }).success).toBe(false);
  });
  it('takes an investment amount with an ISO currency', () => {
    const rel = { type: 'INVESTED_IN', from: 'microsoft', to: 'openai', sources: ref };
    expect(RelationshipRecord.safeParse({ ...rel, properties: { amount: 1e10, currency: 'USD', date: '2023-01-23' } }).success).toBe(true);
    expect(RelationshipRecord.safeParse({ ...rel, properties: { currency: 'dollars' } }).error!.issues[0].message).toMatch(/ISO 4217/);
  });
});

describe('partial dates', () => {
  it.each(['2024', '2024-01', '2024-02-29'])('accepts %s', (d) => expect(PartialDate.safeParse(d).success).toBe(true));
  it.each(['2023-02-29', '2024-13', '24-01-01', '2024/01/01', 'January 2024'])('refuses %s', (d) =>
    expect(PartialDate.safeParse(d).success).toBe(false),
  );
});
