// The form in a prediction's panel with which a signed-in curator records how it turned out: the
// outcome (the schema's values), when it resolved, a note and the source that shows it. It sends
// only what changed; a refusal is shown beside the field the API named, a version conflict (412)
// above the button.
import type { Issue } from '../../graph-schema/contract';
import { ApiError } from '../api';
import { valueTitle } from '../../graph-schema/rules';
import { labelOf } from '../graph/evidence';
import type { Entity, KindDocument } from '../graph/types';
import { language, t } from '../i18n/i18n';
import { el } from './dom';

/**
 * The claim fields that record an outcome, as the track record's route names them, and what makes a
 * claim a prediction. The form is offered only where the kind declares every one of them.
 */
const OUTCOME_FIELDS = ['outcome', 'resolvedOn', 'outcomeNote', 'outcomeSource'] as const;
const PREDICTION = { property: 'claimKind', value: 'prediction' } as const;

type Fields = Readonly<Record<string, unknown>>;

/** Whether a curator may record an outcome on this record: a prediction of a kind that has the fields. */
export function takesOutcome(kind: Pick<KindDocument, 'properties'> | undefined, record: Fields): boolean {
  if (!kind || ![...OUTCOME_FIELDS, PREDICTION.property].every((p) => kind.properties.includes(p))) return false;
  return record[PREDICTION.property] === PREDICTION.value;
}

/** The PATCH body for what the form holds: changed fields only; a field emptied is removed (null). */
export function outcomePatch(current: Fields, values: Readonly<Record<string, string>>): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const field of OUTCOME_FIELDS) {
    const value = (values[field] ?? '').trim();
    const was = typeof current[field] === 'string' ? current[field] : undefined;
    if (value === (was ?? '')) continue;
    patch[field] = value === '' ? null : value;
  }
  return patch;
}

/** A refusal's issues by the form field they name; issues about anything else apart. */
export function issuesByField(issues: readonly Issue[]): { fields: Map<string, string[]>; other: string[] } {
  const fields = new Map<string, string[]>();
  const other: string[] = [];
  for (const issue of issues) {
    const field = OUTCOME_FIELDS.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field) fields.set(field, [...(fields.get(field) ?? []), issue.message]);
    else other.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { fields, other };
}

export interface OutcomeActions {
  /** Sends the patch; throws the API's refusal. */
  save(patch: Record<string, string | null>): Promise<void>;
  /** Reads the claim afresh (after a version conflict). */
  reload(): void;
}

export function outcomeForm(record: Entity, kind: KindDocument, sourceIds: string[], actions: OutcomeActions): HTMLFormElement {
  const [outcome, resolved, note, source] = OUTCOME_FIELDS;
  const current = (name: string) => (typeof record[name] === 'string' ? record[name] : '');
  const values = kind.propertyInfo[outcome]?.values ?? [];
  const select = el('select', { name: outcome }, el('option', { value: '' }, t('notRecorded')));
  for (const value of values) select.append(el('option', { value }, valueTitle(kind, outcome, value, language())));
  select.value = current(outcome);
  const max = kind.propertySchemas[note]?.maxLength;
  const controls: Record<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> = {
    [outcome]: select,
    [resolved]: el('input', { name: resolved, value: current(resolved), placeholder: t('datePlaceholder'), autocomplete: 'off' }),
    [note]: el('textarea', { name: note, rows: '2', ...(typeof max === 'number' ? { maxlength: String(max) } : {}) }),
    [source]: el('input', {
      name: source,
      value: current(source),
      list: 'outcome-sources',
      placeholder: t('sourceIdPlaceholder'),
      autocomplete: 'off',
    }),
  };
  controls[note].value = current(note);
  const errors = new Map(OUTCOME_FIELDS.map((f) => [f as string, el('span', { class: 'field-error', 'data-error': f })]));
  const message = el('p', { class: 'form-message', role: 'alert' });
  const button = el('button', { type: 'submit', class: 'primary' }, t('recordOutcome'));
  const form = el(
    'form',
    { class: 'outcome-form', 'data-entity': record.id },
    el('h3', {}, t('recordOutcomeTitle')),
    ...OUTCOME_FIELDS.map((f) =>
      el(
        'label',
        { class: 'field', 'data-field': f },
        el('span', {}, labelOf(f, kind.propertyInfo, language())),
        controls[f],
        errors.get(f),
      ),
    ),
    el('datalist', { id: 'outcome-sources' }, ...sourceIds.map((id) => el('option', { value: id }))),
    el('div', { class: 'form-actions' }, button, message),
  );

  const show = (fields: Map<string, string[]>, text: string) => {
    for (const [field, span] of errors) {
      span.textContent = (fields.get(field) ?? []).join('; ');
      if (fields.has(field)) controls[field].setAttribute('aria-invalid', 'true');
      else controls[field].removeAttribute('aria-invalid');
    }
    message.replaceChildren(text);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const patch = outcomePatch(record, Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, controls[f].value])));
    if (!Object.keys(patch).length) return show(new Map(), t('nothingChanged'));
    button.disabled = true;
    show(new Map(), t('saving'));
    actions.save(patch).catch((error: unknown) => {
      button.disabled = false;
      if (!(error instanceof ApiError)) return show(new Map(), String(error));
      if (error.status === 412) {
        show(new Map(), `${error.message}. `);
        const reload = el('button', { type: 'button', class: 'link' }, t('readAgain'));
        reload.addEventListener('click', () => actions.reload());
        message.append(reload);
        return;
      }
      const { fields, other } = issuesByField(error.details);
      const said = [...[...fields].map(([f, why]) => `${labelOf(f, kind.propertyInfo, language())}: ${why.join('; ')}`), ...other];
      show(fields, t('refused', { reasons: said.length ? said.join('; ') : error.message }));
    });
  });
  return form;
}
