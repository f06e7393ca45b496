// Minimal stand-in for the text helper's paragraph splitter, so the extractor compiles before the
// merge: a paragraph is the n-th non-blank line, trimmed, as the seed documents are cited.
export interface Paragraph {
  n: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => ({ n: i + 1, text: line }));
}
