// One suggested relationship as the curator reviews it: "A —type→ B" with its evidence, confidence
// and whether the graph holds it already (accepting adds a citation), and its edits: a type among
// those the two ends' kinds may take, the direction swapped, an end changed by search, properties.
import { labelIn, titleIn } from '../../graph-schema/rules';
import { language, t } from '../i18n/i18n';
import { el } from '../ui/dom';
import { badge, card, confidenceBadge, evidence, field, select, textInput, typedValue, type CardContext } from './card-parts';
import { entityPicker, type Picked } from './entity-picker';
import { entityOf, fittingTypes, relationshipProblem, type RelationshipChoice } from './review-model';

/** The name an end is shown by: the entity it stands for now, else its ref. */
export function endName(ctx: CardContext, ref: string): string {
  return ref ? (entityOf(ctx.review, ref)?.name ?? ref) : '?';
}

/** Makes a picked entity known to the review, so its name and kind are there for every card. */
export function adopt(ctx: CardContext, picked: Picked): string {
  if (!ctx.review.entities.has(picked.id))
    ctx.review.entities.set(picked.id, { ref: picked.id, ...picked, known: true, aliases: [], paragraphs: [], decision: 'create' });
  return picked.id;
}

export function relationshipCard(r: RelationshipChoice, ctx: CardContext): HTMLElement {
  const { schema } = ctx;
  const rel = schema.relationships.find((t) => t.type === r.type);
  const headline = el(
    'p',
    { class: 'headline' },
    el('span', { class: 'end', 'data-ref': r.from }, endName(ctx, r.from)),
    el('span', { class: 'rel-type' }, ` —${rel ? titleIn(rel, language()) : r.type}→ `),
    el('span', { class: 'end', 'data-ref': r.to }, endName(ctx, r.to)),
  );
  const badges = el(
    'p',
    { class: 'badges' },
    ...(r.hand ? [badge(t('addedByHand'), 'hand')] : [confidenceBadge(r.confidence)]),
    r.hand ? '' : r.known ? badge(t('inGraphAddsCitation'), 'known', t('inGraphTitle')) : badge(t('newFact'), 'new'),
  );
  const problem = relationshipProblem(ctx.review, schema, r);
  const set = Object.entries(r.properties).filter(([, v]) => v !== undefined && v !== '');
  const facts = set.length ? el('p', { class: 'props-line' }, set.map(([k, v]) => `${k}: ${String(v)}`).join(' · ')) : '';
  return card(
    'relationship',
    r.key,
    r.accepted,
    (on) => ((r.accepted = on), ctx.changed()),
    headline,
    badges,
    facts,
    r.evidence ? evidence(r.evidence) : '',
    problem && r.accepted ? el('p', { class: 'warning' }, problem) : '',
    editor(r, ctx),
  );
}

function editor(r: RelationshipChoice, ctx: CardContext): HTMLElement {
  const { schema } = ctx;
  const [from, to] = [entityOf(ctx.review, r.from), entityOf(ctx.review, r.to)];
  const fitting = from && to ? fittingTypes(schema, from.kind, to.kind) : schema.relationships;
  const options = fitting.map((type) => ({ value: type.type, label: titleIn(type, language()) }));
  if (!options.some((o) => o.value === r.type)) options.unshift({ value: r.type, label: t('doesNotFit', { type: r.type }) });
  const type = select(options, r.type, (value) => ((r.type = value as typeof r.type), ctx.changed()), t('relationshipType'));
  const swap = el('button', { type: 'button', class: 'swap' }, t('swapDirection'));
  swap.addEventListener('click', () => {
    [r.from, r.to] = [r.to, r.from];
    endsChanged(r, ctx);
  });
  const rel = schema.relationships.find((t) => t.type === r.type);
  const props = el('div', { class: 'props-edit' });
  for (const name of rel?.properties ?? []) {
    const current = r.properties[name];
    const info = rel!.propertyInfo[name];
    const shown = current === undefined ? '' : typeof current === 'object' ? JSON.stringify(current) : `${current as string | number}`;
    const input = textInput(shown, (raw) => {
      const value = typedValue(raw, rel!.propertySchemas[name] as { type?: unknown });
      if (value === undefined) delete r.properties[name];
      else r.properties[name] = value;
    });
    props.append(field(labelIn(info, language()) ?? name, input));
  }
  const edit = el(
    'details',
    { class: 'edit' },
    el('summary', {}, t('edit')),
    field(t('fieldType'), type),
    swap,
    endControl(r, 'from', ctx),
    endControl(r, 'to', ctx),
    ...(rel?.properties.length ? [el('h5', {}, t('properties')), props] : []),
  );
  // A fact added by hand opens with its editor: its ends are still to be picked.
  if (r.hand && (!r.from || !r.to)) openEditors.add(r.key);
  edit.open = openEditors.has(r.key);
  edit.addEventListener('toggle', () => (edit.open ? openEditors.add(r.key) : openEditors.delete(r.key)));
  return edit;
}

/** A fact added by hand takes the first type its new ends fit; a suggested one keeps its type and says it no longer fits. */
function endsChanged(r: RelationshipChoice, ctx: CardContext): void {
  const [from, to] = [entityOf(ctx.review, r.from), entityOf(ctx.review, r.to)];
  const fitting = from && to ? fittingTypes(ctx.schema, from.kind, to.kind) : [];
  if (r.hand && fitting.length && !fitting.some((t) => t.type === r.type)) r.type = fitting[0].type as RelationshipChoice['type'];
  ctx.changed();
}

/** One end: an entity of this document, or any entity of the graph found by search. */
function endControl(r: RelationshipChoice, which: 'from' | 'to', ctx: CardContext): HTMLElement {
  const label = which === 'from' ? t('from') : t('to');
  const here = [...ctx.review.entities.values()]
    .filter((e) => e.known || e.decision !== 'reject')
    .map((e) => ({ value: e.ref, label: `${entityOf(ctx.review, e.ref)?.name || t('unnamed')} · ${ctx.kindTitle(e.kind)}` }));
  const set = (ref: string) => {
    r[which] = ref;
    endsChanged(r, ctx);
  };
  const box = select([{ value: '', label: t('pick') }, ...here], r[which], set, label);
  const picker = entityPicker(t(which === 'from' ? 'findStart' : 'findEnd'), (picked) => set(adopt(ctx, picked)), ctx.kindTitle);
  return el('div', { class: `end-control end-${which}` }, field(label, box), picker);
}

/** Editors left open stay open when their card is drawn again after an edit. */
const openEditors = new Set<string>();
