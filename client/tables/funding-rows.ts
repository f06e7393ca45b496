// The funding tables: every investment (investor, investee, date, round, amount and currency,
// source), and the totals per entity received or given, amounts summed per currency and never
// converted, with the investments that state no amount counted apart.
import type { FundingAnswer, InvestmentsAnswer } from './answers';
import { t } from '../i18n/i18n';
import { citeText, type TableSpec } from './table-model';

export interface InvestmentRow {
  investor: { id: string; name: string };
  investee: { id: string; name: string };
  date?: string;
  round?: string;
  amount?: number;
  currency?: string;
  source: string;
}

export interface FundingTotalRow {
  entity: { id: string; name: string };
  count: number;
  /** The largest currency's sum, for sorting and the bar; the others are listed beside it. */
  amount?: number;
  currency?: string;
  others: string;
  unknown: number;
  counterparts: string;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function investmentRows(answer: InvestmentsAnswer, titleOf: (sourceId: string) => string): InvestmentRow[] {
  return answer.items.map((e) => ({
    investor: { id: e.sourceEntity.id, name: e.sourceEntity.name },
    investee: { id: e.targetEntity.id, name: e.targetEntity.name },
    date: text(e.properties.date),
    round: text(e.properties.round),
    amount: typeof e.properties.amount === 'number' ? e.properties.amount : undefined,
    currency: text(e.properties.currency),
    source: citeText(e.sources, titleOf),
  }));
}

export function fundingTotalRows(answer: FundingAnswer, format: (n: number) => string): FundingTotalRow[] {
  return answer.items.map((item) => ({
    entity: { id: item.entity.id, name: item.entity.name },
    count: item.count,
    amount: item.amounts[0]?.total,
    currency: item.amounts[0]?.currency,
    others: item.amounts
      .slice(1)
      .map((a) => `${format(a.total)} ${a.currency}`)
      .join('; '),
    unknown: item.unknownAmounts,
    counterparts: item.counterparts.map((c) => c.name).join(', '),
  }));
}

export const investmentSpec: TableSpec<InvestmentRow> = {
  sort: 'date',
  dir: 'desc',
  opens: (r) => r.investee,
  columns: [
    { key: 'investor', title: () => t('colInvestor'), value: (r) => r.investor.name, opens: (r) => r.investor },
    { key: 'investee', title: () => t('colInvestee'), value: (r) => r.investee.name, opens: (r) => r.investee },
    { key: 'date', title: () => t('colDate'), value: (r) => r.date, descFirst: true },
    { key: 'round', title: () => t('colRound'), value: (r) => r.round },
    { key: 'amount', title: () => t('colAmount'), numeric: true, bar: true, descFirst: true, value: (r) => r.amount },
    { key: 'currency', title: () => t('colCurrency'), value: (r) => r.currency },
    { key: 'source', title: () => t('colSource'), value: (r) => r.source },
  ],
};

export function fundingTotalSpec(side: FundingAnswer['side']): TableSpec<FundingTotalRow> {
  return {
    sort: 'count',
    dir: 'desc',
    opens: (r) => r.entity,
    columns: [
      {
        key: 'entity',
        title: () => t(side === 'received' ? 'colInvestee' : 'colInvestor'),
        value: (r) => r.entity.name,
        opens: (r) => r.entity,
      },
      { key: 'count', title: () => t('colInvestments'), numeric: true, bar: true, descFirst: true, value: (r) => r.count },
      { key: 'amount', title: () => t('colAmountLargest'), numeric: true, descFirst: true, value: (r) => r.amount },
      { key: 'currency', title: () => t('colCurrency'), value: (r) => r.currency },
      { key: 'others', title: () => t('colOtherCurrencies'), value: (r) => r.others },
      { key: 'unknown', title: () => t('colAmountNotStated'), numeric: true, descFirst: true, value: (r) => r.unknown },
      { key: 'counterparts', title: () => t(side === 'received' ? 'colFrom' : 'colIn'), value: (r) => r.counterparts },
    ],
  };
}
