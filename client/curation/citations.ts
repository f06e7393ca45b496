// Citations that open their paragraph: where a panel lists a source with its paragraph numbers and
// that source carries its paragraphs (documents ingested for curation do), each number becomes a
// disclosure showing the paragraph's text. It watches the panel, which stays the same for sources
// that carry no text (the seed articles are cited by number only).
import { asText } from '../graph/evidence';
import type { Entity } from '../graph/types';
import { el } from '../ui/dom';

/** The text of paragraph `n` of a source: its `paragraphs` as strings (¶1 first) or as `{ n, text }`. */
export function paragraphText(source: Entity | undefined, n: number): string | undefined {
  const paragraphs = source?.paragraphs;
  if (!Array.isArray(paragraphs)) return undefined;
  const list = paragraphs as unknown[];
  const found = list.find((p) => typeof p === 'object' && p !== null && (p as { n?: unknown }).n === n) as { text?: unknown } | undefined;
  const text = found ? found.text : list[n - 1];
  return typeof text === 'string' ? text : undefined;
}

/** The paragraph numbers at the end of a source line: "…, ¶6, 8, 13". */
export function citedParagraphs(line: string): number[] {
  const match = /¶([\d,\s]+)$/.exec(line.trim());
  return match
    ? match[1]
        .split(',')
        .map((n) => Number(n.trim()))
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];
}

/** The title a source line shows, as the panel writes it. */
const titleOf = (doc: Entity) => asText(doc.titleEn ?? doc.title ?? doc.name);

export function watchCitations(panelBody: HTMLElement, sources: () => Map<string, Entity>): void {
  const decorate = () => {
    const lines = panelBody.querySelectorAll<HTMLElement>('ul.sources > li:not([data-cited])');
    if (!lines.length) return;
    const byTitle = new Map([...sources().values()].map((doc) => [titleOf(doc), doc]));
    for (const li of lines) {
      li.dataset.cited = '';
      const doc = byTitle.get(li.querySelector('cite')?.textContent ?? '');
      const texts = citedParagraphs(li.textContent ?? '')
        .map((n) => [n, paragraphText(doc, n)] as const)
        .filter((pair): pair is readonly [number, string] => pair[1] !== undefined);
      if (!doc || !texts.length) continue;
      li.dataset.source = doc.id;
      for (const [n, text] of texts)
        li.append(
          el(
            'details',
            { class: 'cited-paragraph', 'data-paragraph': String(n) },
            el('summary', {}, `Read ¶${n}`),
            el('blockquote', {}, text),
          ),
        );
    }
  };
  new MutationObserver(decorate).observe(panelBody, { childList: true, subtree: true });
}
