// The curation loop's story: an article is checked, split into numbered paragraphs and stored as a
// Source with the facts suggested from it; an accepted batch is resolved (its `new:` refs to the
// entities it creates), checked by the same write rules as every other write, split into new facts
// and further citations of facts the graph holds, and written in one transaction.
import { createHash } from 'node:crypto';
import { EntityRecord, relationshipDefinition, relationshipId, RelationshipRecord, RESERVED_ENTITY_FIELDS, Text } from '../../graph-schema';
import {
  MAX_DOCUMENT_CHARS,
  NEW_REF,
  type AcceptInput,
  type DocumentInput,
  type Issue,
  type Suggestions,
} from '../../graph-schema/contract';
import { suggestFacts } from '../curation/extract';
import { detectLanguage } from '../curation/text/language';
import { splitParagraphs } from '../curation/text/paragraphs';
import { writeRuleBreaches, type WriteSet } from '../domain/write-rules';
import { ConflictError, NotFoundError, ProblemError, ValidationError } from '../errors';
import type { Database } from '../neo4j/database';
import * as documents from '../repositories/documents.repository';
import * as entities from '../repositories/entities.repository';
import type { Entity } from '../repositories/records';
import * as relationships from '../repositories/relationships.repository';

/** Who wrote, when the write guard named nobody (it always names the token on a write). */
const UNNAMED_ACTOR = 'api-token';
/** How often an ingest picks a free id again after losing it to a concurrent ingest. */
const INGEST_ATTEMPTS = 3;
/** Ids derived from text stay readable: the slug is cut at a word boundary near this length. */
const SLUG_LENGTH = 60;

/** A name written in Latin letters, digits, spaces and punctuation only. */
const LATIN_NAME = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u;

/** The slug of a Latin name, or of the Latin words in another script's text when they say enough
 *  ("OpenAIとマイクロソフト…" → "openai"); empty when only fragments are left ("サカナAI" → "ai"). */
function readableSlug(text: string): string {
  const slug = slugOf(text);
  return LATIN_NAME.test(text) || slug.length >= 4 ? slug : '';
}

/** A lower-case kebab slug of Latin letters and digits; empty for text in other scripts. */
function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 10 ? cut.slice(0, boundary) : cut.slice(0, SLUG_LENGTH)).replace(/-+$/, '');
}

/** A name is one line of at most 300 characters: long titles and claim texts are shortened. */
function nameOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 300 ? line : `${line.slice(0, 299)}…`;
}

/** `doc-<slug of the title>`, or of a hash of it when the title has no Latin letters. */
function documentIdBase(title: string): string {
  const slug = readableSlug(title);
  return `doc-${slug || createHash('sha256').update(title).digest('hex').slice(0, 10)}`;
}

function view(source: Entity) {
  const paragraphs = ((source.paragraphs as string[] | undefined) ?? []).map((text, i) => ({ n: i + 1, text }));
  return {
    id: source.id,
    title: source.title as string,
    language: source.language as 'ja' | 'zh' | 'en',
    ...(typeof source.publishedOn === 'string' ? { publishedOn: source.publishedOn } : {}),
    paragraphs,
  };
}

const issue = (path: string, message: string): Issue => ({ in: 'body', path, message });

function refuse(issues: Issue[]): never {
  throw new ValidationError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

export async function ingestDocument(db: Database, input: DocumentInput, actor = UNNAMED_ACTOR) {
  if (input.text.length > MAX_DOCUMENT_CHARS)
    throw new ProblemError(
      `text is ${input.text.length} characters long; the limit is ${MAX_DOCUMENT_CHARS} characters`,
      'PAYLOAD_TOO_LARGE',
      [issue('text', `longer than ${MAX_DOCUMENT_CHARS} characters`)],
    );
  const checked = Text(MAX_DOCUMENT_CHARS).safeParse(input.text);
  if (!checked.success)
    refuse(input.text.trim() === '' ? [issue('text', 'must not be empty')] : checked.error.issues.map((i) => issue('text', i.message)));
  const paragraphs = splitParagraphs(checked.data);
  const language = input.language ?? detectLanguage(checked.data);
  if (!language)
    refuse([issue('language', 'could not be detected from the text (no Japanese, Chinese or Latin letters); give ja, zh or en')]);

  const record = (id: string) =>
    EntityRecord.safeParse({
      kind: 'Source',
      id,
      name: nameOf(input.title),
      aliases: [],
      sources: [],
      title: input.title,
      language,
      publishedOn: input.publishedOn,
      outlet: input.outlet,
      author: input.author,
      url: input.url,
      paragraphs: paragraphs.map((p) => p.text),
    });
  const trial = record('doc-check');
  if (!trial.success)
    refuse(
      trial.error.issues.map((i) => {
        const field = String(i.path[0] ?? '');
        return issue(field === 'name' ? 'title' : field === 'paragraphs' ? 'text' : i.path.join('.'), i.message);
      }),
    );

  const suggestions: Suggestions = suggestFacts(
    { language, ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}), paragraphs },
    await documents.loadKnownGraph(db),
  );
  const write = () =>
    documents.createDocument(db, {
      baseId: documentIdBase(input.title),
      source: (id) => record(id).data as EntityRecord,
      suggestions,
      actor,
    });
  // Two articles of one title ingested at once may pick the same free id; the uniqueness
  // constraint refuses the second, which then picks again.
  for (let attempt = 1; ; attempt++)
    try {
      return { document: view(await write()), suggestions };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= INGEST_ATTEMPTS) throw error;
    }
}

async function storedDocument(db: Database, id: string) {
  const doc = await documents.documentById(db, id);
  if (!doc) throw new NotFoundError(`no document has id "${id}"`);
  return doc;
}

export async function documentDetail(db: Database, id: string) {
  const { source, state } = await storedDocument(db, id);
  return { document: view(source), suggestions: state.suggestions, accepted: state.accepted, rejected: state.rejected };
}

export async function documentList(db: Database, paging: { limit: number; offset: number }) {
  const page = await documents.listDocuments(db, paging);
  return {
    total: page.total,
    limit: paging.limit,
    offset: paging.offset,
    items: page.items.map(({ source, state }) => {
      const { paragraphs: _paragraphs, ...document } = view(source);
      const { entities: e, relationships: r, claims: c } = state.suggestions;
      return {
        ...document,
        paragraphCount: ((source.paragraphs as string[] | undefined) ?? []).length,
        suggestionCount: e.length + r.length + c.length,
        acceptedCount: state.accepted.length,
        rejectedCount: state.rejected.length,
        ingestedAt: state.ingestedAt,
      };
    }),
  };
}

/** Where a write-set relationship came from in the request, so a breach names the field sent. */
interface Place {
  prefix: string;
  from?: string;
  to?: string;
}

export async function acceptDocument(db: Database, docId: string, input: AcceptInput, actor = UNNAMED_ACTOR) {
  const { source } = await storedDocument(db, docId);
  const paragraphCount = ((source.paragraphs as string[] | undefined) ?? []).length;
  const issues: Issue[] = [];
  const cite = (paragraph: number, path: string) => {
    if (paragraph > paragraphCount)
      issues.push(issue(path, `paragraph ${paragraph} is beyond the document's ${paragraphCount} paragraphs`));
    return { source: docId, paragraph };
  };

  // Entities first: their refs are what the relationships and claims of this batch may name.
  const refs = new Map<string, string>();
  const newEntities: EntityRecord[] = [];
  const entityPaths: string[] = [];
  input.entities.forEach((e, i) => {
    const at = `entities.${i}`;
    if (refs.has(e.ref)) issues.push(issue(`${at}.ref`, `"${e.ref}" is given twice in this batch`));
    for (const key of Object.keys(e.properties))
      if ((RESERVED_ENTITY_FIELDS as readonly string[]).includes(key))
        issues.push(issue(`${at}.properties.${key}`, `is set by the entity's own field, not in properties`));
    // A name in another script would leave only its Latin fragments ("サカナAI" → "ai"): the ref's slug says more.
    const id = e.id ?? (readableSlug(e.name) || e.ref.slice('new:'.length));
    refs.set(e.ref, id);
    const sources = [...new Set(e.paragraphs)].map((p, j) => cite(p, `${at}.paragraphs.${j}`));
    const parsed = EntityRecord.safeParse({ ...e.properties, kind: e.kind, id, name: e.name, aliases: e.aliases, sources });
    if (!parsed.success)
      for (const problem of parsed.error.issues) {
        const field = String(problem.path[0] ?? '');
        const inProperties = field in e.properties;
        issues.push(issue(`${at}.${inProperties ? 'properties.' : ''}${problem.path.join('.')}`, problem.message));
      }
    else {
      newEntities.push(parsed.data);
      entityPaths.push(at);
    }
  });

  const resolve = (ref: string, path: string): string => {
    if (!NEW_REF.test(ref)) return ref;
    const id = refs.get(ref);
    if (id === undefined)
      issues.push(issue(path, `"${ref}" is no entity of this batch: list it under entities to create it, or name an existing id`));
    return id ?? ref.slice('new:'.length);
  };

  const proposed: { rel: RelationshipRecord & { id: string }; place: Place; key?: string }[] = [];
  input.relationships.forEach((r, i) => {
    const at = `relationships.${i}`;
    const from = resolve(r.from, `${at}.from`);
    const to = resolve(r.to, `${at}.to`);
    const sources = [cite(r.paragraph, `${at}.paragraph`)];
    const parsed = RelationshipRecord.safeParse({ type: r.type, from, to, key: r.relationshipKey, properties: r.properties, sources });
    if (!parsed.success) for (const problem of parsed.error.issues) issues.push(issue(`${at}.${problem.path.join('.')}`, problem.message));
    else
      proposed.push({
        rel: { ...parsed.data, id: relationshipId(parsed.data) },
        place: { prefix: at, from: `${at}.from`, to: `${at}.to` },
      });
  });

  const claims: EntityRecord[] = [];
  const claimPaths: string[] = [];
  const claimLinks: { rel: RelationshipRecord & { id: string }; place: Place }[] = [];
  input.claims.forEach((c, i) => {
    const at = `claims.${i}`;
    const sources = [cite(c.paragraph, `${at}.paragraph`)];
    const id = c.id ?? `claim-${slugOf(c.text) || `${docId.replace(/^doc-/, '')}-p${c.paragraph}-${i + 1}`}`;
    const parsed = EntityRecord.safeParse({
      kind: 'Claim',
      id,
      name: nameOf(c.text),
      text: c.text,
      claimKind: c.claimKind,
      statedOn: c.statedOn,
      dueBy: c.dueBy,
      sources,
    });
    if (!parsed.success) {
      for (const problem of parsed.error.issues) issues.push(issue(`${at}.${problem.path.join('.')}`, problem.message));
      return;
    }
    claims.push(parsed.data);
    claimPaths.push(at);
    const link = (type: 'MADE_CLAIM' | 'ABOUT', from: string, to: string, properties: Record<string, unknown>, place: Place) => {
      const rel = RelationshipRecord.parse({ type, from, to, properties, sources });
      claimLinks.push({ rel: { ...rel, id: relationshipId(rel) }, place });
    };
    c.by.forEach((who, j) => {
      const path = `${at}.by.${j}`;
      link('MADE_CLAIM', resolve(who, path), id, c.statedOn ? { date: c.statedOn } : {}, { prefix: path, from: path, to: `${at}.id` });
    });
    c.about.forEach((what, j) => {
      const path = `${at}.about.${j}`;
      link('ABOUT', id, resolve(what, path), {}, { prefix: path, from: `${at}.id`, to: path });
    });
  });
  if (issues.length > 0) refuse(issues);

  const created = [...newEntities, ...claims];
  const taken = await entities.kindsOfIds(
    db,
    created.map((e) => e.id),
  );
  if (taken.size > 0) {
    const paths = [...entityPaths, ...claimPaths];
    const details = created.flatMap((e, i) =>
      taken.has(e.id) ? [issue(`${paths[i]}.id`, `"${e.id}" is already a ${taken.get(e.id)}; link to it instead, or give another id`)] : [],
    );
    throw new ConflictError(details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
  }

  // A relationship between stored entities that the graph holds already (either way round, for a
  // type without direction) is corroborated: it gains this citation instead of a twin.
  const newIds = new Set(created.map((e) => e.id));
  const candidates = proposed.filter((p) => !newIds.has(p.rel.from) && !newIds.has(p.rel.to));
  const reverseOf = (rel: RelationshipRecord & { id: string }) =>
    relationshipDefinition(rel.type)?.meta.symmetric ? relationshipId({ ...rel, from: rel.to, to: rel.from }) : undefined;
  const stored = await relationships.storedRelationshipIds(
    db,
    candidates.flatMap((p) => [p.rel.id, reverseOf(p.rel)].filter((x): x is string => x !== undefined)),
  );
  // A fact the graph holds under a key (one of several funding rounds) is that one when it is the
  // only one between the pair, or the one of the same date; otherwise the curator says which.
  const unkeyed = candidates.filter((p) => p.rel.key === undefined && !stored.has(p.rel.id));
  const keyed = await relationships.relationshipsBetween(
    db,
    unkeyed.map((p) => p.rel),
  );
  const corroborations: documents.AcceptBatch['corroborations'] = [];
  const toCreate: typeof proposed = [];
  const ambiguous: Issue[] = [];
  for (const p of proposed) {
    const reverse = reverseOf(p.rel);
    const twins = p.rel.key === undefined ? (keyed.get(relationships.pairKey(p.rel)) ?? []) : [];
    const date = (p.rel.properties as { date?: unknown }).date;
    const sameDate = twins.filter((t) => t.date !== undefined && t.date === date);
    const held = stored.has(p.rel.id)
      ? p.rel.id
      : reverse !== undefined && stored.has(reverse)
        ? reverse
        : twins.length === 1
          ? twins[0].id
          : sameDate.length === 1
            ? sameDate[0].id
            : undefined;
    if (held) corroborations.push({ type: p.rel.type, id: held, paragraph: p.rel.sources[0].paragraph });
    else if (twins.length > 1)
      ambiguous.push(
        issue(
          `${p.place.prefix}.relationshipKey`,
          `the graph holds ${twins.length} ${p.rel.type} relationships from "${p.rel.from}" to "${p.rel.to}" (${twins.map((t) => t.id).join(', ')}): give the relationshipKey of the one this paragraph supports, or a new key for a new one`,
        ),
      );
    else toCreate.push(p);
  }
  if (ambiguous.length > 0) throw new ConflictError(ambiguous.map((d) => `${d.path}: ${d.message}`).join('; '), ambiguous);

  const placed = [...toCreate, ...claimLinks];
  const write: WriteSet = { entities: created, relationships: placed.map((p) => p.rel) };
  const entityOrigins = [...entityPaths, ...claimPaths];
  const breaches = await writeRuleBreaches(
    write,
    (ids) => entities.kindsOfIds(db, ids),
    { entity: (i) => entityOrigins[i], relationship: (i) => String(i) },
    { knownRelationships: (ids) => relationships.storedRelationshipIds(db, ids) },
  );
  if (breaches.length > 0)
    refuse(
      breaches.map((b) => {
        const place = /^\d+$/.test(b.origin) ? placed[Number(b.origin)].place : undefined;
        if (!place) return { ...issue(`${b.origin}.${b.field}`, b.message), record: b.record };
        const end = b.field === 'from' ? place.from : b.field === 'to' ? place.to : undefined;
        return { ...issue(end ?? `${place.prefix}.${b.field}`, b.message), record: b.record };
      }),
    );

  const acceptedKeys = [
    ...input.entities.map((e) => e.ref),
    ...input.relationships.flatMap((r) => (r.key ? [r.key] : [])),
    ...input.claims.flatMap((c) => (c.key ? [c.key] : [])),
  ];
  const accepted = [...new Set(acceptedKeys)];
  const rejected = [...new Set(input.rejected)].filter((k) => !accepted.includes(k));
  const written = await documents.acceptBatch(db, {
    document: docId,
    entities: created,
    relationships: write.relationships,
    corroborations,
    accepted,
    rejected,
    actor,
    ...(input.note ? { note: input.note } : {}),
  });
  const createdIds = new Set(toCreate.map((p) => p.rel.id));
  return {
    created: {
      entities: newEntities.map((e) => e.id),
      relationships: written.relationships.filter((r) => createdIds.has(r.id)).map((r) => r.id),
      claims: claims.map((c) => c.id),
    },
    corroborated: [...new Set(written.corroborated)],
    history: written.history,
  };
}
