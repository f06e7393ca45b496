// Paragraphs as the seed documents are cited: the n-th non-blank line of the text, counted from 1.
// A minimal stand-in for the text layer; the curation text module replaces it.

export interface NumberedParagraph {
  n: number;
  text: string;
}

export function splitParagraphs(text: string): NumberedParagraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => ({ n: index + 1, text: line }));
}
