// A small known graph for the extractor's tests: a few actors in all three scripts and one
// relationship the graph already holds.
import { suggestFacts, type KnownGraph } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';

/** The extractor's suggestions for an article of these paragraphs (numbered from 1), against `known`. */
export function suggestArticle(
  language: DocumentLanguage,
  paragraphs: readonly string[],
  { known = knownGraph(), publishedOn }: ArticleOptions = {},
) {
  return suggestFacts({ language, publishedOn, paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) }, known);
}

type ArticleOptions = { known?: KnownGraph; publishedOn?: string };

/** The suggested facts as [type, from, to], each end by its graph id or, for a new entity, its name. */
export function namedFacts(language: DocumentLanguage, paragraphs: readonly string[], options?: ArticleOptions): string[][] {
  const s = suggestArticle(language, paragraphs, options);
  const name = (ref: string) => s.entities.find((e) => e.ref === ref && !e.known)?.name ?? ref;
  return s.relationships.map((r) => [r.type, name(r.from), name(r.to)]);
}

/** The new entities proposed, as [name, kind]. */
export const newEntities = (language: DocumentLanguage, paragraphs: readonly string[], options?: ArticleOptions) =>
  suggestArticle(language, paragraphs, options)
    .entities.filter((e) => !e.known)
    .map((e) => [e.name, e.kind]);

export const knownGraph = (): KnownGraph => ({
  entities: [
    { id: 'elon-musk', kind: 'Person', name: 'Elon Musk', nameJa: 'イーロン・マスク', aliases: ['マスク', '马斯克', 'Musk'] },
    { id: 'sam-altman', kind: 'Person', name: 'Sam Altman', nameJa: 'サム・アルトマン', aliases: ['アルトマン', '奥尔特曼', 'Altman'] },
    { id: 'openai', kind: 'Organization', name: 'OpenAI', aliases: ['オープンAI'] },
    { id: 'open-source-initiative', kind: 'Organization', name: 'Open Source Initiative', aliases: [] },
    { id: 'open', kind: 'Organization', name: 'Open', aliases: [] },
    { id: 'microsoft', kind: 'Organization', name: 'Microsoft', nameJa: 'マイクロソフト', aliases: ['微软', '微軟'] },
    { id: 'amazon', kind: 'Organization', name: 'Amazon', nameJa: 'アマゾン', aliases: ['亚马逊'] },
    { id: 'anthropic', kind: 'Organization', name: 'Anthropic', nameJa: 'アンソロピック', aliases: [] },
    { id: 'nvidia', kind: 'Organization', name: 'Nvidia', nameJa: 'エヌビディア', aliases: ['英伟达', 'NVIDIA'] },
    { id: 'gpt-4', kind: 'AIModel', name: 'GPT-4', aliases: [] },
    { id: 'claim-x', kind: 'Claim', name: 'Microsoft', aliases: [] },
  ],
  relationships: [{ id: 'microsoft:INVESTED_IN:openai', type: 'INVESTED_IN', source: 'microsoft', target: 'openai' }],
});
