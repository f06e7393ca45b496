// The first step of curation: the article pasted as plain text (or Markdown) with its title and,
// optionally, its date, outlet, URL and language, sent to POST /api/documents. A refused ingest
// shows each problem beside the field it names.
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';
import { CurationError, curationApi, type DocumentInput, type Ingested } from './curator-api';

const FIELDS = ['title', 'text', 'publishedOn', 'outlet', 'author', 'url', 'language'] as const;
type FieldName = (typeof FIELDS)[number];

/** The input body from the form's values: blanks left out, so the server detects the language itself. */
export function documentInput(values: Record<FieldName, string>): DocumentInput {
  const input: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = name === 'text' ? values[name] : values[name].trim();
    if (value.trim()) input[name] = value;
  }
  return input as unknown as DocumentInput;
}

export function articleForm(onIngested: (ingested: Ingested) => void): HTMLElement {
  const controls = new Map<FieldName, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
  const errors = new Map<FieldName, HTMLElement>();
  const row = (name: FieldName, label: string, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) => {
    control.name = name;
    controls.set(name, control);
    const error = el('span', { class: 'field-error', role: 'alert' });
    errors.set(name, error);
    return el('label', { class: `field field-${name}` }, el('span', {}, label), control, error);
  };
  const language = el(
    'select',
    {},
    el('option', { value: '' }, t('detectLanguage')),
    el('option', { value: 'ja' }, '日本語'),
    el('option', { value: 'zh' }, '中文'),
  );
  language.append(el('option', { value: 'en' }, 'English'));
  const submit = el('button', { type: 'submit', class: 'primary' }, t('readArticle'));
  const formError = el('p', { class: 'form-errors', role: 'alert' });
  const form = el(
    'form',
    { class: 'article-form' },
    el('p', { class: 'muted' }, t('pasteArticle')),
    row('title', t('fieldTitle'), el('input', { type: 'text', required: '', maxlength: '500' })),
    row('text', t('fieldText'), el('textarea', { rows: '10', required: '', placeholder: t('textPlaceholder') })),
    el(
      'div',
      { class: 'row' },
      row('publishedOn', t('fieldDate'), el('input', { type: 'text', placeholder: 'YYYY-MM-DD' })),
      row('outlet', t('fieldOutlet'), el('input', { type: 'text' })),
      row('language', t('fieldLanguage'), language),
    ),
    el(
      'div',
      { class: 'row' },
      row('author', t('fieldAuthor'), el('input', { type: 'text' })),
      row('url', 'URL', el('input', { type: 'url', placeholder: 'https://…' })),
    ),
    submit,
    formError,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const slot of errors.values()) slot.textContent = '';
    formError.textContent = '';
    const values = Object.fromEntries(FIELDS.map((name) => [name, controls.get(name)!.value])) as Record<FieldName, string>;
    submit.disabled = true;
    submit.textContent = t('reading');
    curationApi
      .ingest(documentInput(values))
      .then(onIngested, (error: unknown) => {
        if (!(error instanceof CurationError)) throw error;
        const unplaced = error.issues.filter((issue) => {
          const slot = errors.get(issue.path.split('.')[0] as FieldName);
          if (slot) slot.textContent = issue.message;
          return !slot;
        });
        const tooLong = error.status === 413 ? t('textTooLong') : '';
        formError.textContent = `${tooLong}${error.message}${unplaced.length ? `: ${unplaced.map((i) => `${i.path} ${i.message}`).join('; ')}` : ''}`;
      })
      .finally(() => {
        submit.disabled = false;
        submit.textContent = t('readArticle');
      });
  });
  return form;
}
