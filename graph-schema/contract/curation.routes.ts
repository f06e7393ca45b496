// The curation loop over HTTP: ingest an article as a document, read what the extractor suggests,
// accept the reviewed facts in one atomic write, read and revert the history, merge duplicates.
// Everything the explorer's curation view does goes through these routes.
import { z } from 'zod';
import { EntityId } from '../index';
import {
  AcceptInput,
  AcceptResult,
  DocumentDetail,
  DocumentInput,
  DocumentSummary,
  DuplicateCandidates,
  HistoryEntry,
  HistoryPage,
  Identity,
  IngestResult,
  MergeInput,
  MergeResult,
} from './curation.shapes';
import { Limit, Offset } from './query';
import { json, route } from './route';
import { pageOf } from './shapes';

const HistoryId = z
  .string()
  .regex(/^h-[0-9a-z-]{1,80}$/, 'must be a history entry id such as "h-…"')
  .meta({
    description:
      'A history entry\u2019s id, or `h-last`: the caller\u2019s own newest write that is not a revert and not reverted (an undo).',
  });

export const documentRoutes = {
  'POST /api/documents': route({
    tag: 'curation',
    summary: 'Ingest an article: it becomes a Source with numbered paragraphs, and the answer carries the facts suggested from it.',
    description:
      'Nothing but the Source is written; suggestions wait for POST /api/documents/:id/accept. The language is detected when absent (ja, zh or en).',
    writes: true,
    body: DocumentInput,
    responses: { 201: json('The document and its suggestions.', IngestResult) },
    example: {
      path: '/api/documents',
      body: {
        title: 'Example: a lab raises money',
        text: 'Example Robotics Lab raised $50 million in May 2024.\n\nMicrosoft invested in Example Robotics Lab, the company said.',
        language: 'en',
        publishedOn: '2024-06-01',
      },
    },
  }),
  'GET /api/documents': route({
    tag: 'curation',
    summary: 'Ingested documents, newest first, with how many of their suggestions were accepted or rejected.',
    query: z.object({ limit: Limit(200, 20), offset: Offset }).strict(),
    responses: { 200: json('A page of documents.', pageOf(DocumentSummary)) },
    example: { path: '/api/documents?limit=5' },
  }),
  'GET /api/documents/:id': route({
    tag: 'curation',
    summary: 'One document: its paragraphs, its suggestions, and which were accepted or rejected.',
    params: z.object({ id: EntityId }).strict(),
    responses: { 200: json('The document.', DocumentDetail) },
    errors: [404],
    example: { path: '/api/documents/doc-example-a-lab-raises-money' },
  }),
  'POST /api/documents/:id/accept': route({
    tag: 'curation',
    summary: 'Write the accepted (and edited) facts of a document in one transaction, each citing its paragraph.',
    description:
      'New entities are named by the `new:` refs of this document; a relationship the graph already holds gains this document as a further citation. A bad item is reported with its field and nothing is written.',
    writes: true,
    params: z.object({ id: EntityId }).strict(),
    body: AcceptInput,
    responses: { 201: json('What was written.', AcceptResult) },
    errors: [404],
    example: {
      path: '/api/documents/doc-example-a-lab-raises-money/accept',
      body: { entities: [], relationships: [], claims: [], rejected: [] },
    },
  }),
} as const;

export const historyRoutes = {
  'GET /api/history': route({
    tag: 'curation',
    summary: 'Recorded writes, newest first: who, when, what changed (before and after) and why.',
    query: z
      .object({
        entity: z.string().max(200).optional().meta({ description: 'Only changes to this entity or its relationships.' }),
        since: z.iso.datetime({ offset: true }).optional(),
        limit: Limit(200, 20),
        offset: Offset,
      })
      .strict(),
    responses: { 200: json('A page of history.', HistoryPage) },
    example: { path: '/api/history?limit=5' },
  }),
  'POST /api/history/:id/revert': route({
    tag: 'curation',
    summary: 'Undo a recorded write; the revert is itself recorded.',
    description:
      'Applies the inverse of the entry\u2019s changes in one transaction: what it created is deleted, what it deleted is recreated with its relationships, what it changed is restored. Refused with 409, naming the record, when anything the write changed has changed again since, when the entry was reverted already, and for an import (recorded by its counts, not record by record). `h-last` names the caller\u2019s own newest write that is not a revert and not reverted, so repeating it undoes step by step.',
    writes: true,
    params: z.object({ id: HistoryId }).strict(),
    responses: { 201: json('The history entry of the revert.', HistoryEntry) },
    errors: [404],
    example: { path: '/api/history/h-last/revert' },
  }),
  'POST /api/entities/:id/merge': route({
    tag: 'curation',
    summary: 'Merge a duplicate into a survivor: relationships, citations, claims and aliases move; the old id resolves to the survivor.',
    description:
      'Both must be of the same kind (400 otherwise). Each relationship of the merged entity, in either direction, moves to the survivor; one the survivor already has gains its citations instead, and one that would join the survivor to itself is dropped (the history keeps it). The merged entity\u2019s name and aliases become aliases of the survivor, its citations the survivor\u2019s. Afterwards GET /api/entities/{merged id}, its neighbours and the paths from or to it answer with the survivor (200, with Content-Location naming it). Recorded in full, so reverting the merge un-merges exactly.',
    writes: true,
    params: z.object({ id: EntityId }).strict(),
    body: MergeInput,
    responses: { 200: json('The survivor.', MergeResult) },
    errors: [404],
    example: { path: '/api/entities/example-chip-startup/merge', body: { into: 'example-robotics-lab' } },
  }),
  'GET /api/entities/:id/duplicates': route({
    tag: 'curation',
    summary:
      'Entities that may be the same as this one, to merge: of its kind, with the same normalised name or alias, or a close Latin name.',
    params: z.object({ id: EntityId }).strict(),
    responses: { 200: json('The entity and its candidate duplicates, same names first.', DuplicateCandidates) },
    errors: [404],
    example: { path: '/api/entities/meta/duplicates' },
  }),
} as const;

export const identityRoutes = {
  'GET /api/whoami': route({
    tag: 'curation',
    summary: 'Who the bearer token belongs to, and whether it may write (curator) or only read (reader).',
    identifies: true,
    responses: { 200: json('The token\u2019s name and role.', Identity) },
    example: { path: '/api/whoami' },
  }),
} as const;
