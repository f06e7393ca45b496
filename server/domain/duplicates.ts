// Which entities may be the same as another: the same name or alias once normalised (width, case,
// script variant, honorifics, separators, and a company's legal form such as "Inc." or 株式会社),
// or, for Latin names, a name one or two typos away. Pure: the repository fetches candidates of
// the same kind from the full-text index and this module judges them.
import { normalise } from '../search/normalise';
import { editDistance } from '../search/scoring';

/** Legal forms that name the same organisation with or without them, as the normaliser writes them. */
const LEGAL_FORMS = [
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'sa',
  '株式会社',
  '有限会社',
  '合同会社',
  '有限公司',
  '股份有限公司',
  '集团',
];

/** A name's normalised words without a leading or trailing legal form: what to look candidates up by. */
export function withoutLegalForm(name: string): string {
  const words = normalise(name).split(' ').filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.includes(words[words.length - 1])) words.pop();
  while (words.length > 1 && LEGAL_FORMS.includes(words[0])) words.shift();
  return words.join(' ');
}

/** The comparison key of a name: normalised, without a leading or trailing legal form, separators dropped. */
export function duplicateKey(name: string): string {
  let key = withoutLegalForm(name).replace(/ /g, '');
  // Japanese and Chinese write the legal form without a space: 株式会社ソニー, 百度有限公司.
  for (const form of LEGAL_FORMS)
    if (!/^[a-z]+$/.test(form) && key.length > form.length) {
      if (key.startsWith(form)) key = key.slice(form.length);
      else if (key.endsWith(form)) key = key.slice(0, -form.length);
    }
  return key;
}

export interface DuplicateVerdict {
  reason: 'same-name' | 'close-name';
  /** The candidate's name or alias that matched. */
  matched: string;
}

/** Whether `candidate` (its names) may be the same as an entity with `names`, and why; undefined when not. */
export function duplicateVerdict(names: string[], candidate: string[]): DuplicateVerdict | undefined {
  const keys = new Set(names.map(duplicateKey).filter(Boolean));
  const same = candidate.find((name) => keys.has(duplicateKey(name)));
  if (same !== undefined) return { reason: 'same-name', matched: same };
  for (const name of candidate) {
    const key = duplicateKey(name);
    // Only Latin keys of some length: a typo in a two-character Chinese name is another name.
    if (!/^[a-z0-9]{5,}$/.test(key)) continue;
    for (const own of keys) {
      if (!/^[a-z0-9]+$/.test(own)) continue;
      const allowed = Math.max(own.length, key.length) < 8 ? 1 : 2;
      if (editDistance(own, key, allowed) <= allowed) return { reason: 'close-name', matched: name };
    }
  }
  return undefined;
}
