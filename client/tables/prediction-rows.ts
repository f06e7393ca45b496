// The predictions table: who predicted what, when it was stated and is due, and where it stands
// today (the server computes the status), soonest due first; and the tally per speaker.
import { PREDICTION_STATUS_TITLES } from '../../graph-schema/rules';
import { language, t } from '../i18n/i18n';
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

/** How a status reads in the table, in the reader's language: the schema's title for it. */
const statusText = (status: string): string =>
  (PREDICTION_STATUS_TITLES as Readonly<Record<string, Readonly<Record<string, string>>>>)[status]?.[language()] ?? status;

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
    { key: 'who', title: () => t('colWho'), value: (r) => r.who.map((w) => w.name).join(', '), opens: (r) => r.who[0] },
    { key: 'what', title: () => t('colWhat'), value: (r) => r.what, opens: (r) => r.claim },
    { key: 'stated', title: () => t('colStated'), value: (r) => r.stated },
    { key: 'due', title: () => t('colDue'), value: (r) => r.due },
    { key: 'status', title: () => t('colStatus'), value: (r) => (r.status ? statusText(r.status) : undefined) },
    { key: 'source', title: () => t('colSource'), value: (r) => r.source },
  ],
};

export const speakerSpec: TableSpec<SpeakerRow> = {
  sort: 'made',
  dir: 'desc',
  opens: (r) => r.speaker,
  columns: [
    { key: 'speaker', title: () => t('colWho'), value: (r) => r.speaker.name, opens: (r) => r.speaker },
    { key: 'made', title: () => t('colPredictions'), numeric: true, bar: true, descFirst: true, value: (r) => r.made },
    { key: 'cametrue', title: () => t('colCameTrue'), numeric: true, descFirst: true, value: (r) => r.cameTrue },
    { key: 'partly', title: () => t('colPartly'), numeric: true, descFirst: true, value: (r) => r.partly },
    { key: 'didnot', title: () => t('colDidNot'), numeric: true, descFirst: true, value: (r) => r.didNot },
    { key: 'overdue', title: () => t('colOverdue'), numeric: true, descFirst: true, value: (r) => r.overdue },
    { key: 'pending', title: () => t('colOpenOrDue'), numeric: true, descFirst: true, value: (r) => r.pending },
  ],
};
