// Only names graph-schema declares are spliced into Cypher as labels and relationship types;
// anything else is refused, never passed through or replaced by a wider match.
import { KIND_NAMES } from '../../graph-schema';
import { kindLabel, labelPattern, relationshipType, typePattern } from '../../server/repositories/schema-names';

const HOSTILE = ['Alien', 'Person) DETACH DELETE (n', 'Person`:Admin', '', 'entity'];

describe('labels and relationship types for Cypher', () => {
  it('pass the names graph-schema declares', () => {
    expect(kindLabel('GPUCluster')).toBe('GPUCluster');
    expect(relationshipType('INVESTED_IN')).toBe('INVESTED_IN');
    expect(labelPattern(['Person', 'Organization'])).toBe('Person|Organization');
    expect(typePattern(['INVESTED_IN', 'FOUNDED'])).toBe(':INVESTED_IN|FOUNDED');
  });

  it('mean every kind, or any type, when none is named', () => {
    expect(labelPattern(undefined)).toBe(KIND_NAMES.join('|'));
    expect(labelPattern([])).toBe(KIND_NAMES.join('|'));
    expect(typePattern(undefined)).toBe('');
    expect(typePattern([])).toBe('');
  });

  it.each(HOSTILE)('refuse %j as a kind and as a relationship type', (name) => {
    expect(() => kindLabel(name)).toThrow(/not a kind/);
    expect(() => labelPattern(['Person', name])).toThrow(/not a kind/);
    expect(() => relationshipType(name)).toThrow(/not a relationship type/);
    expect(() => typePattern(['FOUNDED', name])).toThrow(/not a relationship type/);
  });
});
