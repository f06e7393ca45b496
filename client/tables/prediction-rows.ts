// The predictions table: who predicted what, when it was stated and is due, and where it stands
// today (the server computes the status), soonest due first; and the tally per speaker.
import type { ClaimsAnswer, PredictionsAnswer } from './answers';
import { citeText, type TableSpec } from './table-model';

export interface PredictionRow {
  claim: { id: string; name: string };
  who: { id: string; name: string }[];
  what: string;
  stated?: string;
  due?: string;
  status?: string;
  source: string;
}

export type SpeakerRow = PredictionsAnswer['items'][number];

/** How a status reads in the table. */
export const STATUS_TEXT: Record<string, string> = {
  open: 'open',
  due: 'due',
  overdue: 'overdue',
  'came-true': 'came true',
  partly: 'partly',
  'did-not': 'did not',
  unresolvable: 'unresolvable',
};

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function predictionRows(answer: ClaimsAnswer, titleOf: (sourceId: string) => string, lang: string): PredictionRow[] {
  return answer.items.map(({ claim, claimants, status }) => ({
    claim: { id: claim.id, name: claim.name },
    who: claimants.map((c) => ({ id: c.id, name: c.name })),
    what: (lang === 'ja' ? text(claim.textJa) : undefined) ?? text(claim.text) ?? claim.name,
    stated: text(claim.statedOn),
    due: text(claim.dueBy),
    status,
    source: citeText(claim.sources, titleOf),
  }));
}

export const predictionSpec: TableSpec<PredictionRow> = {
  sort: 'due',
  dir: 'asc',
  opens: (r) => r.claim,
  columns: [
    { key: 'who', title: 'Who', value: (r) => r.who.map((w) => w.name).join(', '), opens: (r) => r.who[0] },
    { key: 'what', title: 'What', value: (r) => r.what, opens: (r) => r.claim },
    { key: 'stated', title: 'Stated', value: (r) => r.stated },
    { key: 'due', title: 'Due', value: (r) => r.due },
    { key: 'status', title: 'Status', value: (r) => (r.status ? (STATUS_TEXT[r.status] ?? r.status) : undefined) },
    { key: 'source', title: 'Source', value: (r) => r.source },
  ],
};

export const speakerSpec: TableSpec<SpeakerRow> = {
  sort: 'made',
  dir: 'desc',
  opens: (r) => r.speaker,
  columns: [
    { key: 'speaker', title: 'Who', value: (r) => r.speaker.name, opens: (r) => r.speaker },
    { key: 'made', title: 'Predictions', numeric: true, bar: true, descFirst: true, value: (r) => r.made },
    { key: 'cametrue', title: 'Came true', numeric: true, descFirst: true, value: (r) => r.cameTrue },
    { key: 'partly', title: 'Partly', numeric: true, descFirst: true, value: (r) => r.partly },
    { key: 'didnot', title: 'Did not', numeric: true, descFirst: true, value: (r) => r.didNot },
    { key: 'overdue', title: 'Overdue', numeric: true, descFirst: true, value: (r) => r.overdue },
    { key: 'pending', title: 'Open or due', numeric: true, descFirst: true, value: (r) => r.pending },
  ],
};
