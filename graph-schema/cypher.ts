// The database schema derived from the model: one uniqueness constraint per kind and per
// relationship type, range indexes on filtered properties, and the multilingual name index.
// Every statement is idempotent (IF NOT EXISTS), so applying it on every start is safe.
import { entityKinds } from './kinds';
import { relationshipTypes } from './relationships';
import { ENTITY_LABEL, NAME_SEARCH_INDEX } from './model';

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function schemaStatements(): string[] {
  const statements: string[] = [`CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`];
  for (const kind of entityKinds) {
    statements.push(`CREATE CONSTRAINT ${snake(kind.label)}_id_unique IF NOT EXISTS FOR (n:${kind.label}) REQUIRE n.id IS UNIQUE`);
    for (const property of kind.meta.indexed)
      statements.push(`CREATE INDEX ${snake(kind.label)}_${snake(property)} IF NOT EXISTS FOR (n:${kind.label}) ON (n.${property})`);
  }
  for (const rel of relationshipTypes)
    statements.push(`CREATE CONSTRAINT ${snake(rel.type)}_id_unique IF NOT EXISTS FOR ()-[r:${rel.type}]-() REQUIRE r.id IS UNIQUE`);
  // The CJK analyzer indexes Han and kana as overlapping bigrams and lower-cases Latin, so
  // "マスク", "马斯克" and "musk" each match an alias written in their own script.
  const labels = entityKinds.map((k) => k.label).join('|');
  statements.push(
    `CREATE FULLTEXT INDEX ${NAME_SEARCH_INDEX} IF NOT EXISTS FOR (n:${labels}) ON EACH [n.name, n.nameJa, n.aliases] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  );
  return statements;
}
