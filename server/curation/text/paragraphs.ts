// An article's paragraphs, numbered the way every citation in the graph counts them: paragraph n
// is the n-th non-blank line of the text (seed-data/README.md), so a citation `{ source, paragraph }`
// made from a pasted article points at the same words as one made from a seed document.

export interface Paragraph {
  /** 1-based, counting non-blank lines only. */
  n: number;
  text: string;
}

/** Splits text into its non-blank lines, trimmed, numbered from 1. Any line ending counts (LF, CRLF, CR, U+2028/9). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    const trimmed = line.trim();
    if (trimmed !== '') paragraphs.push({ n: paragraphs.length + 1, text: trimmed });
  }
  return paragraphs;
}
