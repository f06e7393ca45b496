// Cypher derived from the model: the database schema (one uniqueness constraint per kind and per
// relationship type, range indexes on filtered properties, the multilingual name index; every
// statement idempotent, so applying it on every start is safe), and the predicates and
// expressions that apply the model's time and size rules inside queries. Labels, types and
// property names come only from the model; values are always parameters.
import { entityKinds } from './kinds';
import { relationshipTypes } from './relationships';
import { DOCUMENT_STATE_LABEL, ENTITY_LABEL, HISTORY_LABEL, NAME_SEARCH_INDEX, model, type ModelDescription } from './model';
import type { KindMeta, RelationshipMeta, Temporal } from './rules';

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function schemaStatements(): string[] {
  const statements: string[] = [
    `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT history_entry_id_unique IF NOT EXISTS FOR (n:${HISTORY_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX history_entry_at IF NOT EXISTS FOR (n:${HISTORY_LABEL}) ON (n.at)`,
    // Only survivors of a merge carry merged ids: resolving one scans this index, not every entity.
    `CREATE INDEX entity_merged_ids IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.mergedIds)`,
    `CREATE CONSTRAINT document_state_id_unique IF NOT EXISTS FOR (n:${DOCUMENT_STATE_LABEL}) REQUIRE n.id IS UNIQUE`,
  ];
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

const VARIABLE = /^[a-z][A-Za-z0-9_]*$/;
function variable(name: string): string {
  if (!VARIABLE.test(name)) throw new Error(`not a Cypher variable: ${name}`);
  return name;
}
const PROPERTY = /^[A-Za-z][A-Za-z0-9_]*$/;
function property(owner: string, name: string): string {
  if (!PROPERTY.test(name)) throw new Error(`not a property name: ${name}`);
  return `${owner}.${name}`;
}
/** A partial date as the last instant of its period (see `endOfPeriod` in rules.ts). */
const endOf = (expression: string) => `(${expression} + '\\uffff')`;
/** The first of `names` that `owner` has, else `fallback`: how the rules pick among fallbacks. */
const firstOf = (owner: string, names: readonly string[], fallback: string) =>
  `coalesce(${[...names.map((n) => property(owner, n)), fallback].join(', ')})`;

/**
 * Cypher that is true when entity `node` exists as of `$param`: its kind's `dates` rule names the
 * date it came to exist; an undated entity always exists.
 */
export function entityExistsPredicate(node: string, param = 'asOf', kinds: readonly KindMeta[] = model.kinds): string {
  const n = variable(node);
  const p = `$${variable(param)}`;
  const dated = kinds.filter((k) => k.dates.length > 0);
  if (dated.length === 0) return 'true';
  return `CASE ${dated.map((k) => `WHEN ${n}:${k.label} THEN ${firstOf(n, k.dates, p)}`).join(' ')} ELSE ${p} END <= ${endOf(p)}`;
}

/**
 * Cypher that is true when relationship `rel` holds as of `$param` by its type's `temporal` rule:
 * begun (or undated) and not yet ended. Types sharing a rule share one branch.
 */
export function relationshipHoldsPredicate(
  rel: string,
  param = 'asOf',
  relationships: readonly RelationshipMeta[] = model.relationships,
): string {
  const r = variable(rel);
  const p = `$${variable(param)}`;
  const byRule = new Map<string, { temporal: Temporal; types: string[] }>();
  for (const def of relationships) {
    if (!def.temporal) continue;
    const key = JSON.stringify(def.temporal);
    byRule.set(key, { temporal: def.temporal, types: [...(byRule.get(key)?.types ?? []), def.type] });
  }
  if (byRule.size === 0) return 'true';
  const branches = [...byRule.values()].map(({ temporal, types }) => {
    const held = [
      `${firstOf(r, temporal.start, p)} <= ${endOf(p)}`,
      ...(temporal.end.length ? [`${endOf(firstOf(r, temporal.end, p))} >= ${p}`] : []),
    ];
    return `WHEN type(${r}) IN [${types.map((t) => `'${t}'`).join(', ')}] THEN ${held.join(' AND ')}`;
  });
  return `CASE ${branches.join(' ')} ELSE true END`;
}

/**
 * The as-of rule for a relationship `(a)-[r]->(b)`: it is shown when both ends exist and it holds
 * itself, so no relationship brings in an entity that did not yet exist. True for every pattern
 * when `$param` is null (no date asked for).
 */
export function asOfPredicate(
  pattern: { from: string; rel: string; to: string },
  param = 'asOf',
  described: ModelDescription = model,
): string {
  const p = `$${variable(param)}`;
  return (
    `(${p} IS NULL OR (${entityExistsPredicate(pattern.from, param, described.kinds)}` +
    ` AND ${entityExistsPredicate(pattern.to, param, described.kinds)}` +
    ` AND ${relationshipHoldsPredicate(pattern.rel, param, described.relationships)}))`
  );
}

/** The measure that sizes a node of `kind` by its `size` rule, 0 when it has none: for ordering by size. */
export function sizeValueExpression(node: string, kind: Pick<KindMeta, 'size'>): string {
  return firstOf(variable(node), kind.size.by ?? [], '0');
}
