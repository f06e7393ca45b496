// The extractor's entry point: facts suggested from an article's paragraphs against what the graph
// already knows. A minimal stand-in that finds known entities by their exact names and aliases and
// suggests no relationships or claims; the curation extractor replaces it.
import type { Suggestions } from '../../../graph-schema/contract/curation.shapes';
import type { KindName, RelationshipTypeName } from '../../../graph-schema';

export interface KnownGraph {
  entities: { id: string; kind: KindName; name: string; nameJa?: string; aliases: string[] }[];
  relationships: { id: string; type: RelationshipTypeName; source: string; target: string }[];
}

export interface ExtractInput {
  language: 'ja' | 'zh' | 'en';
  publishedOn?: string;
  paragraphs: { n: number; text: string }[];
}

/** Names shorter than this match inside too many unrelated words to be worth suggesting. */
const SHORTEST_NAME = 2;

export function suggestFacts(input: ExtractInput, known: KnownGraph): Suggestions {
  const entities: Suggestions['entities'] = [];
  for (const entity of known.entities) {
    const names = [...new Set([entity.name, entity.nameJa, ...entity.aliases])].filter(
      (n): n is string => typeof n === 'string' && n.length >= SHORTEST_NAME,
    );
    const mentions: Suggestions['entities'][number]['mentions'] = [];
    for (const paragraph of input.paragraphs)
      for (const name of names) {
        const start = paragraph.text.indexOf(name);
        if (start >= 0) {
          mentions.push({ paragraph: paragraph.n, text: name, start });
          break;
        }
      }
    if (mentions.length > 0)
      entities.push({
        ref: entity.id,
        name: entity.name,
        kind: entity.kind,
        known: true,
        id: entity.id,
        aliases: entity.aliases,
        mentions,
      });
  }
  return { entities, relationships: [], claims: [] };
}
