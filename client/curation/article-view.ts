// The article as the curator reads it: paragraph by paragraph, numbered as citations number them,
// with the mentions of known entities highlighted and those of new ones marked. Text is only ever
// set as text: an article pasted with HTML in it shows that HTML as characters.
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';

export interface Marked {
  start: number;
  text: string;
  known: boolean;
  ref: string;
}

export type Segment = { text: string } | { text: string; mark: 'known' | 'new'; ref: string };

/**
 * The paragraph cut into plain and marked runs. A mention whose offset does not hold its text is
 * looked for from that offset on; mentions that overlap an earlier (or longer) one are dropped.
 */
export function segments(text: string, mentions: readonly Marked[]): Segment[] {
  const placed = mentions
    .map((m) => {
      const at = text.startsWith(m.text, m.start) ? m.start : text.indexOf(m.text, m.start);
      return { ...m, start: at < 0 ? text.indexOf(m.text) : at };
    })
    .filter((m) => m.start >= 0 && m.text.length > 0)
    .sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const out: Segment[] = [];
  let at = 0;
  for (const m of placed) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: m.text, mark: m.known ? 'known' : 'new', ref: m.ref });
    at = m.start + m.text.length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

/** One paragraph as a numbered block of text with its mentions marked. */
export function paragraphBlock(n: number, text: string, mentions: readonly Marked[]): HTMLElement {
  const body = el('p', { class: 'article-text' });
  for (const s of segments(text, mentions)) {
    if (!('mark' in s)) body.append(s.text);
    else
      body.append(
        el('mark', { class: `mention ${s.mark}`, 'data-ref': s.ref, title: s.mark === 'known' ? t('inGraph') : t('newToGraph') }, s.text),
      );
  }
  return el('div', { class: 'article-paragraph', 'data-paragraph': String(n) }, el('span', { class: 'para-number' }, `¶${n}`), body);
}
