// The benchmark's matcher: a cluster an article describes by its chips is the expected cluster
// with those figures, whatever name the curators gave it, and no other.
import { describesCluster, factMatcher } from '../../bench/extract/score';
import type { Suggestions } from '../../graph-schema/contract/curation.shapes';

const fleet = { chipCount: 350_000, chipModel: 'NVIDIA H100' };

describe('a described GPU cluster in the benchmark', () => {
  it.each(['35万台のH100', '35万块英伟达H100芯片', '350,000 Nvidia H100 GPUs', '35万台のGPU'])(
    'is matched by its count and part (%s)',
    (description) => expect(describesCluster(description, fleet)).toBe(true),
  );

  it.each(['15万台のH100', '35万台のA100', 'MetaのAIスパコン'])('is not matched by another count, part or no count (%s)', (description) =>
    expect(describesCluster(description, fleet)).toBe(false),
  );

  it('matches a new cluster to the expected id only through its figures, and never a new entity of another kind', () => {
    const suggestions = {
      entities: [
        { ref: 'new:c', name: '35万台のNVIDIA H100', kind: 'GPUCluster', known: false, aliases: [], mentions: [] },
        { ref: 'new:f', name: '35万台のH100', kind: 'Facility', known: false, aliases: [], mentions: [] },
      ],
      relationships: [],
      claims: [],
    } as unknown as Suggestions;
    const { is } = factMatcher(suggestions, new Map([['meta-fleet', ['Meta H100 fleet']]]), new Map([['meta-fleet', fleet]]));
    expect(is('new:c', 'meta-fleet')).toBe(true);
    expect(is('new:f', 'meta-fleet')).toBe(false);
    expect(is('new:c', 'xai-colossus')).toBe(false);
  });
});
