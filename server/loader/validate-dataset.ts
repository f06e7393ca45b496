// Validates a set of seed-format files as one dataset and reports every problem at once, each
// with its file, record and field, so a curator can fix a whole batch in one pass.
import type { ZodError } from 'zod';
import {
  EntityRecord,
  KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  RelationshipRecord,
  endpointError,
  isKindName,
  isRelationshipType,
  relationshipId,
} from '../../graph-schema';

export interface DatasetFile {
  file: string;
  content: unknown;
}

export interface Problem {
  file: string;
  /** The record's id where it has one, else its place, e.g. `entities[3]`. */
  record: string;
  field: string;
  message: string;
}

export interface Dataset {
  entities: EntityRecord[];
  relationships: (RelationshipRecord & { id: string })[];
}

/** Kinds of ids the dataset refers to but does not define, as the database knows them. */
export type KnownKinds = (ids: string[]) => Promise<Map<string, string>>;

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.record}${p.field ? ` \u203a ${p.field}` : ''}: ${p.message}`;
}

function issuesToProblems(error: ZodError, file: string, record: string): Problem[] {
  return error.issues.map((issue) => ({
    file,
    record,
    field: issue.path.join('.'),
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message,
  }));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function recordName(raw: unknown, place: string): string {
  return isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : place;
}

/** Shape checks: each record on its own, so one bad record does not hide the others. */
function parseFile(input: DatasetFile, dataset: Dataset, relationshipFiles: string[], problems: Problem[]): void {
  const { file, content } = input;
  if (!isObject(content)) {
    problems.push({ file, record: '(file)', field: '', message: 'must be a JSON object with "entities" and "relationships"' });
    return;
  }
  for (const key of Object.keys(content))
    if (!['$comment', 'entities', 'relationships'].includes(key))
      problems.push({ file, record: '(file)', field: key, message: `unknown top-level field "${key}"` });
  for (const [key, list] of [
    ['entities', content.entities],
    ['relationships', content.relationships],
  ] as const) {
    if (list !== undefined && !Array.isArray(list)) problems.push({ file, record: '(file)', field: key, message: 'must be an array' });
  }
  const entities = Array.isArray(content.entities) ? content.entities : [];
  entities.forEach((raw: unknown, index: number) => {
    const record = recordName(raw, `entities[${index}]`);
    if (isObject(raw) && typeof raw.kind === 'string' && !isKindName(raw.kind)) {
      problems.push({ file, record, field: 'kind', message: `unknown kind "${raw.kind}" (known: ${KIND_NAMES.join(', ')})` });
      return;
    }
    const parsed = EntityRecord.safeParse(raw);
    if (parsed.success) dataset.entities.push(parsed.data);
    else problems.push(...issuesToProblems(parsed.error, file, record));
  });
  const relationships = Array.isArray(content.relationships) ? content.relationships : [];
  relationships.forEach((raw: unknown, index: number) => {
    const place = `relationships[${index}]`;
    const record =
      isObject(raw) && typeof raw.from === 'string' && typeof raw.to === 'string'
        ? `${place} ${raw.from} -${String(raw.type)}-> ${raw.to}`
        : place;
    if (isObject(raw) && typeof raw.type === 'string' && !isRelationshipType(raw.type)) {
      problems.push({
        file,
        record,
        field: 'type',
        message: `unknown relationship type "${raw.type}" (known: ${RELATIONSHIP_TYPE_NAMES.join(', ')})`,
      });
      return;
    }
    const parsed = RelationshipRecord.safeParse(raw);
    if (parsed.success) {
      const rel = parsed.data;
      const id = rel.id ?? relationshipId(rel);
      if (rel.id !== undefined && rel.id !== relationshipId(rel))
        problems.push({ file, record, field: 'id', message: `must be "${relationshipId(rel)}" (from:TYPE:to[:key]) or left out` });
      else {
        // The file goes in a parallel list, not on the record: tagging and then deleting a field
        // left a million records in V8's slow dictionary mode (a third of validation time at 1M).
        dataset.relationships.push(rel.id === undefined ? { ...rel, id } : (rel as Dataset['relationships'][number]));
        relationshipFiles.push(file);
      }
    } else problems.push(...issuesToProblems(parsed.error, file, record));
  });
}

/**
 * Parses and cross-checks the files: unknown kinds and fields, bad dates, duplicate ids, dangling
 * ids, relationships between kinds they may not join, and citations of unknown sources.
 */
export async function validateDataset(
  files: DatasetFile[],
  knownKinds: KnownKinds = async () => new Map(),
): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const problems: Problem[] = [];
  const dataset: Dataset = { entities: [], relationships: [] };
  const entityFile = new Map<string, string>();
  const relationshipFiles: string[] = [];
  for (const file of files) {
    const before = dataset.entities.length;
    parseFile(file, dataset, relationshipFiles, problems);
    for (const e of dataset.entities.slice(before)) {
      const first = entityFile.get(e.id);
      if (first !== undefined)
        problems.push({ file: file.file, record: e.id, field: 'id', message: `duplicate id (first defined in ${first})` });
      else entityFile.set(e.id, file.file);
    }
  }

  const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind as string]));
  const referenced = new Set<string>();
  for (const rel of dataset.relationships) referenced.add(rel.from).add(rel.to);
  for (const item of [...dataset.entities, ...dataset.relationships]) for (const ref of item.sources) referenced.add(ref.source);
  const defined = await knownKinds([...new Set([...referenced, ...kindOf.keys()])]);
  for (const e of dataset.entities) {
    const existing = defined.get(e.id);
    if (existing !== undefined && existing !== e.kind)
      problems.push({
        file: entityFile.get(e.id)!,
        record: e.id,
        field: 'kind',
        message: `id already exists as a ${existing}, not a ${e.kind}`,
      });
  }
  const resolveKind = (id: string) => kindOf.get(id) ?? defined.get(id);

  const relFile = new Map<string, string>();
  dataset.relationships.forEach((rel, index) => {
    const file = relationshipFiles[index];
    const record = rel.id;
    const first = relFile.get(rel.id);
    if (first !== undefined)
      problems.push({ file, record, field: 'key', message: `duplicate relationship (first in ${first}); give each a distinct "key"` });
    else relFile.set(rel.id, file);
    const fromKind = resolveKind(rel.from);
    const toKind = resolveKind(rel.to);
    if (fromKind === undefined) problems.push({ file, record, field: 'from', message: `unknown entity id "${rel.from}"` });
    if (toKind === undefined) problems.push({ file, record, field: 'to', message: `unknown entity id "${rel.to}"` });
    if (fromKind !== undefined && toKind !== undefined) {
      const wrong = endpointError(rel.type, fromKind, toKind);
      if (wrong) problems.push({ file, record, field: 'type', message: wrong });
    }
  });

  const checkSources = (file: string, record: string, sources: { source: string }[]) =>
    sources.forEach((ref, i) => {
      const kind = resolveKind(ref.source);
      if (kind !== 'Source')
        problems.push({
          file,
          record,
          field: `sources.${i}.source`,
          message: kind === undefined ? `unknown source "${ref.source}"` : `"${ref.source}" is a ${kind}, not a Source`,
        });
    });
  for (const e of dataset.entities) checkSources(entityFile.get(e.id)!, e.id, e.sources);
  for (const rel of dataset.relationships) checkSources(relFile.get(rel.id)!, rel.id, rel.sources);

  return { dataset, problems };
}
