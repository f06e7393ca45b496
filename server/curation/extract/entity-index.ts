// Finds the graph's known entities in an article: an index of every name, Japanese name and alias,
// brought to the search normaliser's form (width, case, traditional → simplified, honorifics and
// titles removed), matched against the article's text folded the same way. The longest match wins
// and mentions never overlap; offsets point back into the original text.
import { Converter } from 'opencc-js';
import type { KindName } from '../../../graph-schema';
import { compact, normalise } from '../../search/normalise';

export interface IndexedEntity {
  id: string;
  kind: KindName;
  name: string;
  nameJa?: string;
  aliases: string[];
}

export interface EntityMention {
  /** The entity's ref: its graph id when known, `new:<slug>` for a candidate. */
  ref: string;
  kind: KindName;
  start: number;
  end: number;
  text: string;
}

/** Kinds whose names are sentences or titles, never written in an article as a name. */
const UNINDEXED: readonly string[] = ['Claim', 'Source'];
/** Kinds a curator looks for first when two entities share a spelling. */
const PREFERENCE: readonly string[] = ['Person', 'Organization', 'AIModel', 'GPUCluster', 'Facility', 'Petition', 'Policy', 'Dataset'];

const toSimplified = Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const SEPARATOR = /[^\p{L}\p{N}\p{M}]/u;
const WORD = /[a-z0-9\u00c0-\u024f]/;

/** Text folded one character at a time so every folded character remembers where it came from. */
interface Folded {
  text: string;
  /** For each folded character, the offset of the original character it came from. */
  origin: number[];
}

export function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let offset = 0;
  let lastWasSpace = true;
  for (const ch of text) {
    const folded = ch.normalize('NFKC').toLowerCase();
    for (const f of folded) {
      if (SEPARATOR.test(f)) {
        if (!lastWasSpace) {
          out += ' ';
          origin.push(offset);
        }
        lastWasSpace = true;
      } else {
        out += f;
        for (let i = 0; i < f.length; i++) origin.push(offset);
        lastWasSpace = false;
      }
    }
    offset += ch.length;
  }
  // The dictionaries map character to character for all but a few phrases; when a phrase changes
  // the length, the unconverted text keeps the offsets true.
  if (HAN.test(out)) {
    const simplified = toSimplified(out);
    if (simplified.length === out.length) out = simplified;
  }
  return { text: out, origin };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: IndexedEntity;
}

export class EntityIndex {
  private readonly root: TrieNode = { next: new Map() };

  constructor(entities: readonly IndexedEntity[]) {
    const ranked = [...entities].filter((e) => !UNINDEXED.includes(e.kind)).sort((a, b) => rank(a.kind) - rank(b.kind));
    for (const entity of ranked)
      for (const form of [entity.name, entity.nameJa, ...entity.aliases]) {
        if (!form) continue;
        const key = normalise(form);
        for (const k of new Set([key, compact(key)])) if ([...k].length >= 2) this.add(k, entity);
      }
  }

  private add(key: string, entity: IndexedEntity): void {
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    // The first entity to claim a spelling keeps it: kinds are ranked so a person beats a cluster.
    node.entity ??= entity;
  }

  /** Every known entity named in `text`: the longest matches, none overlapping, in text order. */
  find(text: string): EntityMention[] {
    const { text: folded, origin } = fold(text);
    const chars = [...folded];
    // Offsets in `chars` (code points) and in `folded` (UTF-16) differ only beyond the BMP.
    const unitAt: number[] = [];
    let unit = 0;
    for (const ch of chars) {
      unitAt.push(unit);
      unit += ch.length;
    }
    unitAt.push(unit);
    const candidates: { from: number; to: number; entity: IndexedEntity }[] = [];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === ' ') continue;
      // A Latin name must start and end on a word boundary: "AI" is not a mention inside "OpenAI".
      if (WORD.test(chars[i]) && WORD.test(chars[i - 1] ?? '')) continue;
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < chars.length && node; j++) {
        node = node.next.get(chars[j]);
        if (
          node?.entity &&
          !(WORD.test(chars[j]) && WORD.test(chars[j + 1] ?? '')) &&
          !insideKatakanaName(text, origin[unitAt[i]], origin[unitAt[j + 1] - 1] + 1)
        )
          candidates.push({ from: i, to: j + 1, entity: node.entity });
      }
    }
    candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken: boolean[] = [];
    const chosen = candidates.filter((c) => {
      for (let k = c.from; k < c.to; k++) if (taken[k]) return false;
      for (let k = c.from; k < c.to; k++) taken[k] = true;
      return true;
    });
    return chosen
      .sort((a, b) => a.from - b.from)
      .map((c) => {
        const start = origin[unitAt[c.from]];
        const lastOrigin = origin[unitAt[c.to] - 1];
        const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
        return { ref: c.entity.id, kind: c.entity.kind, start, end, text: text.slice(start, end) };
      });
  }
}

const KATAKANA = /[\u30a1-\u30fa\u30fc]/;
/**
 * A katakana name joined by a middle dot to more katakana is part of a longer name and not itself
 * mentioned: ライオン in ライオン・ジョーンズ is not LAION. Katakana written on without a dot is a
 * compound (グーグルエンジニア) and keeps its names. Read in the original text, where the dot is
 * still a dot and not the space folding makes of it and of 、 alike.
 */
function insideKatakanaName(text: string, start: number, end: number): boolean {
  if (!KATAKANA.test(text[start]) || !KATAKANA.test(text[end - 1])) return false;
  const dot = /[・･=＝]/;
  return (
    (dot.test(text[end] ?? '') && KATAKANA.test(text[end + 1] ?? '')) ||
    (dot.test(text[start - 1] ?? '') && KATAKANA.test(text[start - 2] ?? ''))
  );
}

function rank(kind: string): number {
  const i = PREFERENCE.indexOf(kind);
  return i < 0 ? PREFERENCE.length : i;
}
