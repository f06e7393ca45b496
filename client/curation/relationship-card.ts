// One suggested relationship as the curator reviews it: "A —type→ B" with its evidence, confidence
// and whether the graph holds it already (accepting adds a citation), and its edits: a type among
// those the two ends' kinds may take, the direction swapped, an end changed by search, properties.
import { el } from '../ui/dom';
import { badge, card, confidenceBadge, evidence, field, select, textInput, typedValue, type CardContext } from './card-parts';
import { entityPicker, type Picked } from './entity-picker';
import { entityOf, fittingTypes, type RelationshipChoice } from './review-model';

/** The name an end is shown by: the entity it stands for now, else its ref. */
export function endName(ctx: CardContext, ref: string): string {
  return entityOf(ctx.review, ref)?.name ?? ref;
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
    el('span', { class: 'rel-type' }, ` —${rel?.title ?? r.type}→ `),
    el('span', { class: 'end', 'data-ref': r.to }, endName(ctx, r.to)),
  );
  const badges = el(
    'p',
    { class: 'badges' },
    confidenceBadge(r.confidence),
    r.known
      ? badge('in the graph: adds a citation', 'known', 'The graph already holds this fact; accepting cites this article too')
      : badge('new fact', 'new'),
  );
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
    evidence(r.evidence),
    editor(r, ctx),
  );
}

function editor(r: RelationshipChoice, ctx: CardContext): HTMLElement {
  const { schema } = ctx;
  const [from, to] = [entityOf(ctx.review, r.from), entityOf(ctx.review, r.to)];
  const fitting = from && to ? fittingTypes(schema, from.kind, to.kind) : schema.relationships;
  const options = fitting.map((t) => ({ value: t.type, label: t.title }));
  if (!options.some((o) => o.value === r.type)) options.unshift({ value: r.type, label: `${r.type} (does not fit these ends)` });
  const type = select(options, r.type, (value) => ((r.type = value as typeof r.type), ctx.changed()), 'Relationship type');
  const swap = el('button', { type: 'button', class: 'swap' }, 'Swap direction');
  swap.addEventListener('click', () => {
    [r.from, r.to] = [r.to, r.from];
    ctx.changed();
  });
  const end = (which: 'from' | 'to') =>
    entityPicker(
      which === 'from' ? 'Change the start' : 'Change the end',
      (picked) => {
        r[which] = adopt(ctx, picked);
        ctx.changed();
      },
      ctx.kindTitle,
    );
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
    props.append(field(info?.label ?? name, input));
  }
  const edit = el(
    'details',
    { class: 'edit' },
    el('summary', {}, 'Edit'),
    field('Type', type),
    swap,
    end('from'),
    end('to'),
    ...(rel?.properties.length ? [el('h5', {}, 'Properties'), props] : []),
  );
  edit.open = openEditors.has(r.key);
  edit.addEventListener('toggle', () => (edit.open ? openEditors.add(r.key) : openEditors.delete(r.key)));
  return edit;
}

/** Editors left open stay open when their card is drawn again after an edit. */
const openEditors = new Set<string>();
