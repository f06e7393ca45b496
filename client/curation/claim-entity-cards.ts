// The other two kinds of card: a suggested claim (who said or predicted what, about whom; the
// curator writes the claim itself) and a suggested new entity (created with a kind from the schema,
// its name and aliases, or linked to an entity the graph already holds, or left out).
import { el } from '../ui/dom';
import {
  badge,
  card,
  claimKinds,
  confidenceBadge,
  creatableKinds,
  evidence,
  field,
  select,
  textInput,
  type CardContext,
} from './card-parts';
import { entityPicker } from './entity-picker';
import { endName } from './relationship-card';
import type { ClaimChoice, EntityChoice } from './review-model';

export function claimCard(c: ClaimChoice, ctx: CardContext): HTMLElement {
  const headline = el(
    'p',
    { class: 'headline' },
    el('span', { class: 'end', 'data-ref': c.by }, endName(ctx, c.by)),
    el('span', { class: 'rel-type' }, ' — claim about → '),
    c.about.map((ref) => endName(ctx, ref)).join(', ') || '(no one named)',
  );
  const kinds = claimKinds(ctx.schema).map((k) => ({ value: k, label: k }));
  const text = textInput(c.text, (value) => (c.text = value), {
    class: 'claim-text',
    placeholder: 'The claim in your own words',
    'aria-label': 'Claim text',
  });
  const date = (label: string, value: string | undefined, set: (v: string | undefined) => void) =>
    field(
      label,
      textInput(value ?? '', (v) => set(v.trim() || undefined), { placeholder: 'YYYY-MM-DD', class: 'date' }),
    );
  return card(
    'claim',
    c.key,
    c.accepted,
    (on) => ((c.accepted = on), ctx.changed()),
    headline,
    el('p', { class: 'badges' }, badge(c.claimKind, `claim-kind ${c.claimKind}`), confidenceBadge(c.confidence)),
    evidence(c.evidence),
    field('Claim', text),
    el(
      'div',
      { class: 'row' },
      field(
        'Kind',
        select(kinds, c.claimKind, (v) => (c.claimKind = v as typeof c.claimKind), 'Claim kind'),
      ),
      date('Stated on', c.statedOn, (v) => (c.statedOn = v)),
      date('Due by', c.dueBy, (v) => (c.dueBy = v)),
    ),
  );
}

export function entityCard(e: EntityChoice, ctx: CardContext): HTMLElement {
  const decide = (decision: EntityChoice['decision']) => {
    e.decision = decision;
    ctx.changed();
  };
  const choice = (value: EntityChoice['decision'], label: string) => {
    const radio = el('input', { type: 'radio', name: `decide-${e.ref}`, value });
    radio.checked = e.decision === value;
    radio.addEventListener('change', () => radio.checked && decide(value));
    return el('label', { class: 'choice' }, radio, label);
  };
  const body: HTMLElement[] = [];
  if (e.decision === 'create')
    body.push(
      field(
        'Kind',
        select(creatableKinds(ctx.schema), e.kind, (v) => ((e.kind = v), ctx.changed()), 'Kind'),
      ),
      field(
        'Name',
        textInput(e.name, (v) => (e.name = v), { class: 'entity-name', 'aria-label': 'Name' }),
      ),
      field(
        'Aliases',
        textInput(e.aliases.join(', '), (v) => (e.aliases = v.split(',').map((a) => a.trim())), {
          class: 'aliases',
          placeholder: 'comma-separated',
          'aria-label': 'Aliases',
        }),
      ),
    );
  if (e.decision === 'link') {
    body.push(
      entityPicker(
        `Which entity is “${e.name}”?`,
        (picked) => {
          e.linked = picked;
          ctx.changed();
        },
        ctx.kindTitle,
      ),
    );
    if (e.linked) body.push(el('p', { class: 'linked' }, `Stands for ${e.linked.name} (${ctx.kindTitle(e.linked.kind)})`));
  }
  const mentioned = e.paragraphs.length ? ` — mentioned in ¶${e.paragraphs.join(', ')}` : '';
  return card(
    'entity',
    e.ref,
    e.decision !== 'reject',
    (on) => decide(on ? 'create' : 'reject'),
    el('p', { class: 'headline' }, badge('new entity', 'new'), ` ${e.name}`, el('span', { class: 'muted' }, mentioned)),
    el(
      'div',
      { class: 'choices', role: 'radiogroup', 'aria-label': `What “${e.name}” is` },
      choice('create', 'Create'),
      choice('link', 'Link to existing'),
      choice('reject', 'Leave out'),
    ),
    ...body,
  );
}
