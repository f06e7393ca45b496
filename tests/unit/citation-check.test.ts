// The citation check: a citation holds when its paragraph names what the fact is about, in any
// script and under any alias; everything else is listed for a curator to fix or mark, and what is
// marked (an inference, a web page outside the documents) is counted apart.
import { checkCitations, paragraphsOf } from '../../server/loader/citation-check';

const musk = { id: 'elon-musk', kind: 'Person', name: 'Elon Musk', nameJa: 'イーロン・マスク', aliases: ['マスク', '马斯克'] };
const xai = { id: 'xai', kind: 'Organization', name: 'xAI', aliases: [] };
const claim = { id: 'claim-1', kind: 'Claim', name: 'Musk predicts', sources: [{ source: 'doc', paragraph: 2 }] };
const document = paragraphsOf('Title line\n\n  マスク氏は語った。 \n\nxAI raised money.\n');
const documents = new Map([['doc', document]]);
const cite = (paragraph: number) => [{ source: 'doc', paragraph }];

describe('paragraphsOf', () => {
  it('counts the n-th non-blank line, trimmed, as paragraph n', () => {
    expect(document).toEqual(['Title line', 'マスク氏は語った。', 'xAI raised money.']);
  });
});

describe('checkCitations', () => {
  it('holds for an entity named in its paragraph by an alias in another script', () => {
    const report = checkCitations([{ ...musk, sources: cite(2) }], [], documents);
    expect(report).toMatchObject({ checked: 1, held: 1, unsupported: [] });
  });

  it('holds for a relationship when either end is named, and lists one whose paragraph names neither', () => {
    const founded = { id: 'r', type: 'FOUNDED', from: 'elon-musk', to: 'xai' };
    const report = checkCitations([musk, xai], [{ ...founded, sources: [...cite(3), ...cite(1)] }], documents);
    expect(report.held).toBe(1);
    expect(report.unsupported).toEqual([
      { record: 'elon-musk:FOUNDED:xai', source: 'doc', paragraph: 1, expected: ['elon-musk', 'xai'], reason: 'names-none' },
    ]);
    expect(report.rows).toEqual([
      ['elon-musk:FOUNDED:xai', 'doc', 3, 'holds'],
      ['elon-musk:FOUNDED:xai', 'doc', 1, 'names-none'],
    ]);
  });

  it('holds for a claim when its speaker is named, and says so when a paragraph does not exist', () => {
    const made = { id: 'm', type: 'MADE_CLAIM', from: 'elon-musk', to: 'claim-1', sources: cite(9) };
    const report = checkCitations([musk, claim], [made], documents);
    expect(report.held).toBe(1);
    expect(report.unsupported).toEqual([expect.objectContaining({ record: 'elon-musk:MADE_CLAIM:claim-1', reason: 'no-such-paragraph' })]);
  });

  it('skips citations of documents it was not given, and never checks the sources themselves', () => {
    const source = { id: 'doc', kind: 'Source', name: 'A document', sources: cite(1) };
    const report = checkCitations([source, { ...xai, sources: [{ source: 'web-page', paragraph: 1 }] }], [], documents);
    expect(report).toMatchObject({ checked: 0, held: 0, skipped: 1 });
  });

  it('counts a citation that does not hold but is marked an inference apart from the unmarked ones', () => {
    const founded = { id: 'r', type: 'FOUNDED', from: 'elon-musk', to: 'xai', key: 'first' };
    const report = checkCitations([musk, xai], [{ ...founded, sources: [{ source: 'doc', paragraph: 1, basis: 'inference' }] }], documents);
    expect(report).toMatchObject({ checked: 1, held: 0, unsupported: [] });
    expect(report.inferences).toEqual([expect.objectContaining({ record: 'elon-musk:FOUNDED:xai:first', paragraph: 1 })]);
  });

  it('counts a citation of a web page outside the documents as such, with no text to check it against', () => {
    const report = checkCitations([{ ...xai, sources: [{ source: 'web-page', paragraph: 1, basis: 'outside' }] }], [], documents);
    expect(report).toMatchObject({ checked: 0, outside: 1, skipped: 0, rows: [] });
  });
});
