// Citations ("says who?"): one line per cited document whose title opens the source's own panel,
// with its outlet, date and the paragraphs cited; where the project stores the document's text,
// each cited paragraph itself, and where it does not, a plain statement saying so. Text from the
// graph is only ever set as text.
import { asText, groupRefs, paragraphText, storesText, type SourceRef } from '../graph/evidence';
import type { Entity, Language } from '../graph/types';
import { t } from '../i18n/i18n';
import { el } from './dom';

/** What a citation needs from the panel: the sources by id, and how to open one. */
export interface CitationContext {
  lang: Language;
  sources: Map<string, Entity>;
  onSource: (id: string) => void;
}

/** A web address a reader may follow: http or https only. */
export const webAddress = (doc: Record<string, unknown> | undefined): string | undefined =>
  typeof doc?.url === 'string' && /^https?:\/\//.test(doc.url) ? doc.url : undefined;

/** A document's title for a reader of `lang`: its own where it is written in that language, else the English one. */
export function sourceTitle(doc: Entity | undefined, id: string, lang: Language): string {
  if (!doc) return id;
  return asText((doc.language === lang ? doc.title : doc.titleEn) ?? doc.title ?? doc.name);
}

/**
 * The citations of a fact. With `quote`, as under "says who?" on an edge, a claim or a path hop,
 * each cited paragraph shows its text where it is stored, or the statement that it is not.
 */
export function sourcesList(refs: SourceRef[], ctx: CitationContext, quote = false): HTMLElement {
  const list = el('ul', { class: 'sources' });
  for (const { source, paragraphs, inferences, outside } of groupRefs(refs)) {
    const doc = ctx.sources.get(source);
    const open = el(
      'button',
      { type: 'button', class: 'link source-link', 'data-source': source },
      el('cite', {}, sourceTitle(doc, source, ctx.lang)),
    );
    open.addEventListener('click', () => ctx.onSource(source));
    const meta = doc ? [doc.outlet, doc.publishedOn].filter(Boolean).join(', ') : '';
    const url = webAddress(doc);
    const item = el('li', { 'data-source': source }, open, meta ? ` — ${meta}` : '');
    if (url)
      item.append(' ', el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source-address' }, t('webAddress')));
    // A web page outside the documents is cited as a whole: it has no paragraphs to name.
    item.append(outside ? `, ${t('outsidePage')}` : `, ¶${paragraphs.join(', ')}`);
    for (const inference of inferences)
      item.append(
        el(
          'span',
          { class: 'inference' },
          ` · ${t('notInWords', { n: inference.paragraph })}${inference.note ? `: ${inference.note}` : ''}`,
        ),
      );
    if (!outside && storesText(doc)) item.append(...paragraphs.flatMap((n) => quoted(doc, n)));
    else if (!outside && quote && doc) item.append(el('span', { class: 'text-not-stored' }, ` · ${t('textNotStored')}`));
    list.append(item);
  }
  if (!refs.length) list.append(el('li', {}, t('noSource')));
  return list;
}

/** Paragraph `n` in the document's own words, open: the reader compares it with the curators' wording above. */
function quoted(doc: Entity | undefined, n: number): HTMLElement[] {
  const text = paragraphText(doc, n);
  if (text === undefined) return [];
  return [
    el(
      'details',
      { class: 'cited-paragraph', 'data-paragraph': String(n), open: '' },
      el('summary', {}, t('paragraphN', { n })),
      el('blockquote', typeof doc?.language === 'string' ? { lang: doc.language } : {}, text),
    ),
  ];
}

/**
 * "Says who?" under a fact: the curators' wording of it beside the citations, so the quoted
 * paragraphs read against it.
 */
export function saysWho(wording: string, refs: SourceRef[], ctx: CitationContext): HTMLElement {
  return el(
    'div',
    { class: 'says-who' },
    el('p', { class: 'wording' }, el('span', { class: 'muted' }, `${t('curatorsWording')} `), wording),
    sourcesList(refs, ctx, true),
  );
}
