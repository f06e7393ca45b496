// Fetches what each table and reading is built from and turns it into rows: the one place that
// knows which routes answer which table. Sources are named by their documents' titles.
import type { Language } from '../graph/types';
import type { Session } from '../session';
import { tablesApi } from './answers';
import { computeRows, computeSpec } from './compute-rows';
import { fundingTotalRows, fundingTotalSpec, investmentRows, investmentSpec } from './funding-rows';
import { predictionRows, predictionSpec, speakerSpec } from './prediction-rows';
import { tableCsv, type TableSpec } from './table-model';
import type { TableName, TableState } from './table-url';
import { drawTable, type DrawHandlers } from './table-view';

/** The readings of each table; the first is the default and is left out of the URL. */
export const MODES: Record<TableName, { mode: string; title: string }[]> = {
  compute: [],
  funding: [
    { mode: 'investments', title: 'Investments' },
    { mode: 'received', title: 'Totals received' },
    { mode: 'given', title: 'Totals given' },
  ],
  predictions: [
    { mode: 'predictions', title: 'Predictions' },
    { mode: 'speakers', title: 'Per speaker' },
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
    return loaded(
      computeSpec,
      computeRows(ranking, slice, titleOf),
      'GPU clusters per owner, in H100-equivalents, built and planned apart. A cluster counts for whoever operates it; the others who train on it or use it are named beside it.',
    );
  }
  if (state.name === 'funding') {
    if (state.mode === 'received' || state.mode === 'given') {
      const side = state.mode;
      const answer = await tablesApi.funding(side);
      return loaded(
        fundingTotalSpec(side),
        fundingTotalRows(answer, format),
        `Funding ${side} per entity: amounts summed per currency and never converted; investments that state no amount are counted apart.`,
      );
    }
    const [answer] = await Promise.all([tablesApi.investments(), session.sourcesLoaded]);
    return loaded(investmentSpec, investmentRows(answer, titleOf), 'Every recorded investment, with the document that states it.');
  }
  if (state.mode === 'speakers') {
    const answer = await tablesApi.speakers();
    return loaded(speakerSpec, answer.items, 'Predictions per speaker, and how they turned out.');
  }
  const [answer] = await Promise.all([tablesApi.predictions(), session.sourcesLoaded]);
  return loaded(
    predictionSpec,
    predictionRows(answer, titleOf, lang),
    'Predictions, soonest due first; the status is where each stands today (overdue: past its due date with no outcome recorded).',
  );
}
