// The other two kinds of card: a suggested claim (who said or predicted what, about whom; the
// curator writes the claim itself) and a suggested new entity (created with a kind from the schema,
// its name and aliases, or linked to an entity the graph already holds, or left out).
import { valueTitle } from '../../graph-schema/rules';
import { language, t } from '../i18n/i18n';
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
    el('span', { class: 'rel-type' }, t('claimAbout')),
    c.about.map((ref) => endName(ctx, ref)).join(', ') || t('noOneNamed'),
  );
  const claimKind = ctx.schema.kinds.find((k) => k.label === 'Claim');
  const kinds = claimKinds(ctx.schema).map((k) => ({ value: k, label: claimKind ? valueTitle(claimKind, 'claimKind', k, language()) : k }));
  const text = textInput(c.text, (value) => (c.text = value), {
    class: 'claim-text',
    placeholder: t('claimPlaceholder'),
    'aria-label': t('claimText'),
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
    field(t('fieldClaim'), text),
    el(
      'div',
      { class: 'row' },
      field(
        t('fieldKind'),
        select(kinds, c.claimKind, (v) => (c.claimKind = v as typeof c.claimKind), t('claimKind')),
      ),
      date(t('statedOn'), c.statedOn, (v) => (c.statedOn = v)),
      date(t('dueBy'), c.dueBy, (v) => (c.dueBy = v)),
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
        t('fieldKind'),
        select(creatableKinds(ctx.schema), e.kind, (v) => ((e.kind = v), ctx.changed()), t('fieldKind')),
      ),
      field(
        t('fieldName'),
        textInput(e.name, (v) => (e.name = v), { class: 'entity-name', 'aria-label': t('fieldName') }),
      ),
      field(
        t('fieldAliases'),
        textInput(e.aliases.join(', '), (v) => (e.aliases = v.split(',').map((a) => a.trim())), {
          class: 'aliases',
          placeholder: t('commaSeparated'),
          'aria-label': t('fieldAliases'),
        }),
      ),
    );
  if (e.decision === 'link') {
    body.push(
      entityPicker(
        t('whichEntity', { name: e.name }),
        (picked) => {
          e.linked = picked;
          ctx.changed();
        },
        ctx.kindTitle,
      ),
    );
    if (e.linked) body.push(el('p', { class: 'linked' }, t('standsFor', { name: e.linked.name, kind: ctx.kindTitle(e.linked.kind) })));
  }
  const mentioned = e.paragraphs.length ? t('mentionedIn', { paragraphs: e.paragraphs.join(', ') }) : '';
  return card(
    'entity',
    e.ref,
    e.decision !== 'reject',
    (on) => decide(on ? 'create' : 'reject'),
    el('p', { class: 'headline' }, badge(t('newEntity'), 'new'), ` ${e.name}`, el('span', { class: 'muted' }, mentioned)),
    el(
      'div',
      { class: 'choices', role: 'radiogroup', 'aria-label': t('whatItIs', { name: e.name }) },
      choice('create', t('create')),
      choice('link', t('linkExisting')),
      choice('reject', t('leaveOut')),
    ),
    ...body,
  );
}
