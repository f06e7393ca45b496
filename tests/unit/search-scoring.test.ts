// Ranking search candidates: exact before prefix before words before typos, actors before the
// records about them, no hit inside a Latin word, and one order for one query.
import { EXACT_SCORE, editDistance, matchTier, rankCandidates, searchQuery, type Candidate } from '../../server/search/scoring';
import { normalise } from '../../server/search/normalise';
import { entityKinds } from '../../graph-schema';

const weights = new Map<string, number>(entityKinds.map((k) => [k.label, k.searchWeight]));
const weightOf = (kind: string) => weights.get(kind) ?? 1;
const tier = (q: string, name: string) => matchTier(searchQuery(q), normalise(name));
const rank = (q: string, candidates: Candidate[]) => rankCandidates(searchQuery(q), candidates, weightOf).map((r) => r.candidate.id);

const openai: Candidate = { id: 'openai', kind: 'Organization', name: 'OpenAI', nameJa: 'オープンAI', aliases: ['Open AI'] };
const azure: Candidate = { id: 'azure-openai', kind: 'Organization', name: 'Azure OpenAI Service' };
const japan: Candidate = { id: 'openai-japan', kind: 'Organization', name: 'OpenAI Japan' };
const fleet: Candidate = { id: 'openai-a100-fleet', kind: 'GPUCluster', name: 'OpenAI NVIDIA A100 fleet' };
const claim: Candidate = { id: 'claim-openai', kind: 'Claim', name: 'OpenAI' };

describe('match tiers', () => {
  it.each([
    ['OpenAI', 'OpenAI', 'exact'],
    ['openai', 'Open AI', 'exact'],
    ['イーロンマスク', 'イーロン・マスク', 'exact'],
    ['マスクさん', 'マスク', 'exact'],
    ['Grok', 'Grok-1.5', 'prefix'],
    ['Micro', 'Microsoft', 'prefix'],
    ['openai', 'Azure OpenAI Service', 'word'],
    ['musk elon', 'Elon Musk', 'word'],
    ['マスク', 'イーロン・マスク', 'word'],
    ['ai', 'オープンAI', 'word'],
    ['Microsft', 'Microsoft', 'fuzzy'],
    ['opnai', 'OpenAI', 'fuzzy'],
    ['Microsft', 'Microsoft AI supercomputer', 'fuzzy'],
  ])('%s matches %s as %s', (q, name, expected) => {
    expect(tier(q, name)).toBe(expected);
  });

  it.each([
    ['AGI', 'unimaginable'],
    ['agi', 'Magic Leap'],
    ['ai', 'Daimler'],
    ['opn', 'OpenAI'],
    ['Microsft', 'Midjourney'],
    ['ena', 'OpenAI'],
  ])('%s is no match for %s', (q, name) => {
    expect(tier(q, name)).toBeUndefined();
  });

  it('forgives typos only in Latin queries of four letters or more', () => {
    expect(searchQuery('opn').maxEdits).toBe(0);
    expect(searchQuery('opnai').maxEdits).toBe(1);
    expect(searchQuery('Microsft').maxEdits).toBe(2);
    expect(searchQuery('マイクロソフ').maxEdits).toBe(0);
  });

  it('counts a swap of neighbouring letters as one typo', () => {
    expect(editDistance('micorsoft', 'microsoft', 2)).toBe(1);
    expect(editDistance('opnai', 'openai', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('ranking candidates', () => {
  it('puts the exact name first, then names that begin with it (shorter first), then names that contain it', () => {
    expect(rank('OpenAI', [azure, fleet, japan, openai])).toEqual(['openai', 'openai-japan', 'openai-a100-fleet', 'azure-openai']);
  });

  it('puts actors before claims and sources that match as well, by the kinds declared search weight', () => {
    expect(weightOf('Claim')).toBeLessThan(weightOf('Organization'));
    expect(weightOf('Source')).toBeLessThan(weightOf('Person'));
    expect(rank('OpenAI', [claim, openai])).toEqual(['openai', 'claim-openai']);
  });

  it('ranks a typo below any exact or prefix match', () => {
    const microsoft: Candidate = { id: 'microsoft', kind: 'Organization', name: 'Microsoft' };
    const micro: Candidate = { id: 'micro', kind: 'Claim', name: 'Microsft Flight' };
    expect(rank('Microsft', [microsoft, micro])).toEqual(['micro', 'microsoft']);
    expect(rank('Microsoft', [micro, microsoft])).toEqual(['microsoft', 'micro']);
  });

  it('scores an exact match at EXACT_SCORE or above and nothing else there', () => {
    const ranked = rankCandidates(searchQuery('OpenAI'), [claim, azure, japan, openai], weightOf);
    expect(ranked.filter((r) => r.score >= EXACT_SCORE).map((r) => r.candidate.id)).toEqual(['openai', 'claim-openai']);
    expect(ranked.every((r, i) => i === 0 || r.score <= ranked[i - 1].score)).toBe(true);
  });

  it('orders the same candidates the same way whatever order they come in', () => {
    const twins: Candidate[] = [
      { id: 'b', kind: 'Person', name: 'Alex' },
      { id: 'a', kind: 'Person', name: 'Alex' },
      { id: 'c', kind: 'AIModel', name: 'Alexa' },
    ];
    expect(rank('alex', twins)).toEqual(['a', 'b', 'c']);
    expect(rank('alex', [...twins].reverse())).toEqual(['a', 'b', 'c']);
  });

  it('prefers a match on the English name to one on an alias', () => {
    const byAlias: Candidate = { id: 'x', kind: 'Organization', name: 'Xyz', aliases: ['Grok'] };
    const byName: Candidate = { id: 'grok', kind: 'AIModel', name: 'Grok' };
    expect(rank('grok', [byAlias, byName])).toEqual(['grok', 'x']);
  });
});
