// Validates a set of seed-format files as one dataset and reports every problem at once, each
// with its file, record and field, so a curator can fix a whole batch in one pass. The shape of
// each record is checked here; the rules across records are the domain's write rules.
import type { ZodError } from 'zod';
import {
  EntityRecord,
  KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  RelationshipRecord,
  datingError,
  isKindName,
  isRelationshipType,
  relationshipDefinition,
  relationshipId,
} from '../../graph-schema';
import { relationshipIdBreach, writeRuleBreaches, type KnownKinds, type WriteSet } from '../domain/write-rules';

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

export type Dataset = WriteSet;

/** The file of each record, by its place in the dataset. */
interface RecordFiles {
  entities: string[];
  relationships: string[];
}

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
function parseFile(input: DatasetFile, dataset: Dataset, files: RecordFiles, problems: Problem[]): void {
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
    if (parsed.success) {
      dataset.entities.push(parsed.data);
      files.entities.push(file);
    } else problems.push(...issuesToProblems(parsed.error, file, record));
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
      const wrongId = relationshipIdBreach(rel);
      if (wrongId) problems.push({ file, record, field: 'id', message: wrongId });
      else {
        // A parallel list of files, not a field on each record: adding and deleting a field
        // leaves a record in V8's slow dictionary mode, a third of validation time at 1M records.
        dataset.relationships.push(rel.id === undefined ? { ...rel, id: relationshipId(rel) } : (rel as Dataset['relationships'][number]));
        files.relationships.push(file);
      }
    } else problems.push(...issuesToProblems(parsed.error, file, record));
  });
}

export interface DatasetOptions {
  /**
   * Curated data: every relationship of a type with a time extent says when it began or that it is
   * undated. Off for imports in general, which may be drafts or generated, and are dated later.
   */
  requireDating?: boolean;
}

/** Relationships of a type with a time extent that neither give a start nor say they are undated. */
function datingProblems(dataset: Dataset, files: RecordFiles): Problem[] {
  const problems: Problem[] = [];
  dataset.relationships.forEach((rel, index) => {
    const def = relationshipDefinition(rel.type);
    const properties = rel.properties as Record<string, unknown>;
    // A date beside "undated" is a write rule, reported already.
    const error = def && !datingError(def.meta, properties, false) && datingError(def.meta, properties);
    if (error) problems.push({ file: files.relationships[index], record: rel.id, field: 'properties.undated', message: error });
  });
  return problems;
}

/**
 * Parses the files, then checks the dataset against the write rules: unknown kinds and fields, bad
 * dates, duplicate ids, dangling ids, relationships between kinds they may not join, and
 * citations of unknown sources.
 */
export async function validateDataset(
  files: DatasetFile[],
  knownKinds: KnownKinds = async () => new Map(),
  options: DatasetOptions = {},
): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const problems: Problem[] = [];
  const dataset: Dataset = { entities: [], relationships: [] };
  const recordFiles: RecordFiles = { entities: [], relationships: [] };
  for (const file of files) parseFile(file, dataset, recordFiles, problems);
  if (options.requireDating) problems.push(...datingProblems(dataset, recordFiles));
  const breaches = await writeRuleBreaches(dataset, knownKinds, {
    entity: (index) => recordFiles.entities[index],
    relationship: (index) => recordFiles.relationships[index],
  });
  for (const { origin, ...breach } of breaches) problems.push({ file: origin, ...breach });
  return { dataset, problems };
}
