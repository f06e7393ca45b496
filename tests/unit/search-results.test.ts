// The search box's reading of an answer: suggestions grouped by kind in rank order, and only an
// exact name or alias match opens on Enter or stands for a typed name.
import { exactTop, groupByKind, listed, type Hit } from '../../client/controls/search-results';
import { SEARCH_EXACT_SCORE } from '../../graph-schema/rules';

const hit = (id: string, kind: string, score: number): Hit => ({ id, kind, name: id, aliases: [], sources: [], score }) as unknown as Hit;

describe('search suggestions', () => {
  const answer = [
    hit('openai', 'Organization', SEARCH_EXACT_SCORE + 0.5),
    hit('openai-a100-fleet', 'GPUCluster', SEARCH_EXACT_SCORE - 0.5),
    hit('openai-japan', 'Organization', SEARCH_EXACT_SCORE - 0.5),
    hit('claim-x', 'Claim', SEARCH_EXACT_SCORE - 1),
  ];

  it('groups hits by kind, the groups in the order of their best hit and the hits in rank order', () => {
    expect(groupByKind(answer).map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['Organization', ['openai', 'openai-japan']],
      ['GPUCluster', ['openai-a100-fleet']],
      ['Claim', ['claim-x']],
    ]);
  });

  it('lists the top hit first, group by group', () => {
    expect(listed(groupByKind(answer)).map((i) => i.id)).toEqual(['openai', 'openai-japan', 'openai-a100-fleet', 'claim-x']);
  });

  it('takes the top hit for Enter only when it is an exact match', () => {
    expect(exactTop(answer)?.id).toBe('openai');
    expect(exactTop(answer.slice(1))).toBeUndefined();
    expect(exactTop([])).toBeUndefined();
  });
});
