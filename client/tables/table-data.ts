// Fetches what each table and reading is built from and turns it into rows: the one place that
// knows which routes answer which table. Sources are named by their documents' titles.
import type { Language } from '../graph/types';
import { t, type MessageKey } from '../i18n/i18n';
import type { Session } from '../session';
import { tablesApi } from './answers';
import { computeRows, computeSpec } from './compute-rows';
import { fundingTotalRows, fundingTotalSpec, investmentRows, investmentSpec } from './funding-rows';
import { predictionRows, predictionSpec, speakerSpec } from './prediction-rows';
import { tableCsv, type TableSpec } from './table-model';
import type { TableName, TableState } from './table-url';
import { drawTable, type DrawHandlers } from './table-view';

/** The readings of each table; the first is the default and is left out of the URL. */
export const MODES: Record<TableName, { mode: string; title: MessageKey }[]> = {
  compute: [],
  funding: [
    { mode: 'investments', title: 'modeInvestments' },
    { mode: 'received', title: 'modeReceived' },
    { mode: 'given', title: 'modeGiven' },
  ],
  predictions: [
    { mode: 'predictions', title: 'modePredictions' },
    { mode: 'speakers', title: 'modeSpeakers' },
  ],
};

export interface Loaded {
  /** Draws the table into the host; answers the CSV of the rows in the order shown. */
  draw(host: HTMLElement, handlers: DrawHandlers): () => string;
}

function loaded<R>(spec: TableSpec<R>, rows: R[], caption: string): Loaded {
  return {
    draw(host, handlers) {
      const shown = drawTable(host, { ...handlers, spec, rows, caption });
      return () => tableCsv(spec.columns, shown);
    },
  };
}

export async function loadTable(state: TableState, session: Session, lang: Language): Promise<Loaded> {
  const titleOf = (id: string) => session.sources.get(id)?.name ?? id;
  const number = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : undefined);
  const format = (n: number) => number.format(n);
  if (state.name === 'compute') {
    const [ranking, slice] = await Promise.all([tablesApi.compute(), tablesApi.computeSlice(), session.sourcesLoaded]);
    return loaded(computeSpec, computeRows(ranking, slice, titleOf), t('captionCompute'));
  }
  if (state.name === 'funding') {
    if (state.mode === 'received' || state.mode === 'given') {
      const side = state.mode;
      const answer = await tablesApi.funding(side);
      return loaded(fundingTotalSpec(side), fundingTotalRows(answer, format), t(side === 'received' ? 'captionReceived' : 'captionGiven'));
    }
    const [answer] = await Promise.all([tablesApi.investments(), session.sourcesLoaded]);
    return loaded(investmentSpec, investmentRows(answer, titleOf), t('captionInvestments'));
  }
  if (state.mode === 'speakers') {
    const answer = await tablesApi.speakers();
    return loaded(speakerSpec, answer.items, t('captionSpeakers'));
  }
  const [answer] = await Promise.all([tablesApi.predictions(), session.sourcesLoaded]);
  return loaded(predictionSpec, predictionRows(answer, titleOf, lang), t('captionPredictions'));
}
