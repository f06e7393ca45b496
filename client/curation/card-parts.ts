// The pieces every suggestion card is built from: its frame with the accept box and the slot where
// the problems of that item are shown, labelled fields, a select, badges, and how a typed value
// becomes the type its property's JSON Schema asks for.
import { titleIn } from '../../graph-schema/rules';
import type { SchemaDocument } from '../graph/types';
import { language, t } from '../i18n/i18n';
import { el } from '../ui/dom';
import type { Review } from './review-model';

export interface CardContext {
  schema: SchemaDocument;
  review: Review;
  kindTitle: (kind: string) => string;
  /** An edit changed the review: the card (and the cards that share its entities) are drawn again. */
  changed: () => void;
}

/** A card: its accept box, its headline, the evidence, the rest, and an empty slot for problems. */
export function card(
  kind: string,
  key: string,
  accepted: boolean,
  onAccept: (on: boolean) => void,
  ...parts: (Node | string)[]
): HTMLElement {
  const box = el('input', { type: 'checkbox', class: 'accept', 'aria-label': t('acceptItem', { key }) });
  box.checked = accepted;
  box.addEventListener('change', () => onAccept(box.checked));
  const frame = el(
    'li',
    { class: `suggestion ${kind}${accepted ? '' : ' rejected'}`, 'data-key': key },
    el('label', { class: 'accept-label' }, box, accepted ? t('accept') : t('rejected')),
    ...parts,
    el('p', { class: 'item-errors', role: 'alert' }),
  );
  return frame;
}

export function badge(text: string, kind: string, title?: string): HTMLElement {
  return el('span', { class: `badge ${kind}`, ...(title ? { title } : {}) }, text);
}

export function confidenceBadge(confidence: number): HTMLElement {
  const level = confidence >= 0.75 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
  return badge(`${Math.round(confidence * 100)}%`, `confidence ${level}`, t('extractorSure'));
}

export function evidence(text: string): HTMLElement {
  return el('blockquote', { class: 'evidence' }, text);
}

export function field(label: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, el('span', {}, label), control);
}

export function textInput(value: string, onInput: (value: string) => void, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = el('input', { type: 'text', ...attrs });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

export function select(
  options: { value: string; label: string }[],
  value: string,
  onChange: (value: string) => void,
  name: string,
): HTMLSelectElement {
  const box = el('select', { 'aria-label': name });
  for (const o of options) box.append(el('option', { value: o.value }, o.label));
  box.value = value;
  box.addEventListener('change', () => onChange(box.value));
  return box;
}

/** A typed value as its JSON Schema wants it: numbers and booleans parsed, empty meaning absent. */
export function typedValue(raw: string, schema: { type?: unknown } | undefined): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  const type = schema?.type;
  if ((type === 'number' || type === 'integer') && Number.isFinite(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** The kinds a curator may create from an article: every kind but the bookkeeping ones. */
export function creatableKinds(schema: SchemaDocument): { value: string; label: string }[] {
  return schema.kinds
    .filter((k) => k.label !== 'Source' && k.label !== 'Claim')
    .map((k) => ({ value: k.label, label: titleIn(k, language()) }));
}

/** The claim kinds the schema allows (its Claim kind's enum), in its order. */
export function claimKinds(schema: SchemaDocument): string[] {
  const property = schema.kinds.find((k) => k.label === 'Claim')?.propertySchemas.claimKind as { enum?: string[] } | undefined;
  return property?.enum ?? ['prediction', 'opinion', 'announcement', 'reported-fact'];
}
