// The "Track record" of a person or organisation that made predictions: how many they made, how
// many resolved, and how many stand at each status (came true, partly, did not, open, due,
// overdue…), as GET /api/claims/track-record tallies them, in the colours of the schema's outcome
// palette; and the predictions themselves, each opening its own panel. The statuses come from the
// schema's rules, never from a list of our own.
import { bodyText, PREDICTION_STATUS_TITLES, PREDICTION_STATUSES } from '../../graph-schema/rules';
import type { TrackRecord } from '../../graph-schema/contract';
import { datesLine } from '../graph/evidence';
import type { KindDocument } from '../graph/types';
import { language, t } from '../i18n/i18n';
import { el } from './dom';
import type { PanelContext } from './panel-parts';

export type { TrackRecord };
type Counts = TrackRecord['counts'];

/** One status of the tally: its count, how it reads, and its palette colour where the schema gives one. */
export interface TallyPart {
  status: string;
  /** The key of the answer's `counts` that holds it: `came-true` is `cameTrue`. */
  key: string;
  label: string;
  count: number;
  colour?: string;
}

/** The answer's name for a status's count: the status in camelCase. */
export const countKey = (status: string): string => status.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** The kind's palette that colours prediction statuses: the one whose every value is a status. */
export function statusPalette(kind: Pick<KindDocument, 'palettes'> | undefined): Record<string, string> {
  const statuses: readonly string[] = PREDICTION_STATUSES;
  const found = Object.values(kind?.palettes ?? {}).find((p) => {
    const values = Object.keys(p);
    return values.length > 0 && values.every((v) => statuses.includes(v));
  });
  return found ?? {};
}

/** Every status the schema knows, in its order, with the answer's count of it. */
export function tally(counts: Counts, palette: Readonly<Record<string, string>>): TallyPart[] {
  const byKey = counts as Readonly<Record<string, number>>;
  return PREDICTION_STATUSES.map((status) => ({
    status,
    key: countKey(status),
    label: PREDICTION_STATUS_TITLES[status][language()],
    count: byKey[countKey(status)] ?? 0,
    ...(palette[status] ? { colour: palette[status] } : {}),
  }));
}

/** The section, or nothing for an entity that made no prediction. */
export function trackRecordSection(record: TrackRecord | undefined, ctx: PanelContext): HTMLElement | undefined {
  if (!record || record.counts.made === 0) return undefined;
  const kindOf = (label: string) => ctx.schema.kinds.find((k) => k.label === label);
  const palette = statusPalette(kindOf(record.predictions[0]?.claim.kind ?? ''));
  const parts = tally(record.counts, palette);
  const { made, resolved } = record.counts;
  const headline = el(
    'p',
    { class: 'tally-line' },
    el('strong', { 'data-count': 'made' }, String(made)),
    t(made === 1 ? 'madeOne' : 'madeMany'),
    el('strong', { 'data-count': 'resolved' }, String(resolved)),
    t('resolved'),
  );
  const bar = el('div', {
    class: 'tally-bar',
    role: 'img',
    'aria-label': parts.flatMap((p) => (p.count ? [`${p.count} ${p.label}`] : [])).join(', '),
  });
  const chips = el('ul', { class: 'tally' });
  for (const part of parts) {
    if (part.count) {
      const segment = tinted(el('span', { class: `status-${part.status}`, title: `${part.label}: ${part.count}` }), part, 'ff');
      segment.style.flexGrow = String(part.count);
      bar.append(segment);
    }
    chips.append(
      el(
        'li',
        { class: part.count ? '' : 'none' },
        tinted(el('span', { class: `swatch status-${part.status}` }), part, 'ff'),
        `${part.label} `,
        el('strong', { 'data-count': part.key }, String(part.count)),
      ),
    );
  }
  const list = el('ul', { class: 'claims predictions' });
  for (const { claim, status } of record.predictions) {
    const kind = kindOf(claim.kind);
    const open = el(
      'button',
      { type: 'button', class: 'link', 'data-id': claim.id },
      (kind && bodyText(kind, claim, ctx.lang)) ?? claim.name,
    );
    open.addEventListener('click', () => ctx.onPick(claim.id));
    const part = parts.find((p) => p.status === status);
    const badge = part ? tinted(el('span', { class: `claim-kind status-${part.status}` }, part.label), part, '33') : '';
    const when = kind ? datesLine(kind, claim, ctx.lang).replace(/^, /, '').replace(/, /g, ' · ') : '';
    list.append(el('li', {}, badge, ' ', open, when ? el('span', { class: 'muted when' }, when) : undefined));
  }
  return el(
    'section',
    { class: 'track-record' },
    el('h3', {}, t('trackRecord')),
    headline,
    bar,
    chips,
    el('details', {}, el('summary', {}, t('thePredictions', { count: record.predictions.length })), list),
  );
}

/** Coloured through the CSSOM, which the page's Content-Security-Policy allows; `alpha` as two hex digits. */
function tinted<T extends HTMLElement>(node: T, part: TallyPart, alpha: string): T {
  if (part.colour) node.style.background = `${part.colour}${alpha === 'ff' ? '' : alpha}`;
  return node;
}
