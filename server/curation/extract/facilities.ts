// Sites an article describes rather than names: `メンフィスのデータセンター`, `テキサス州のスーパー工場`,
// `その州にあるデータセンター`, `得州的超级工厂`, `a data centre in Memphis`. A word for a site with a
// place or a description before it (ending in の, にある, 的) or a place after it (in Memphis) is a
// facility, named by that phrase. Its operator is the organisation the sentence is about (its topic,
// else the nearest named before it), else the one the text was about before; an owner's possessive
// right before it (`xAIのデータセンター`) is read by the possessive rule instead.
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import type { FoundRelationship, Span } from './relationships';

const SITE_WORD: Record<DocumentLanguage, RegExp> = {
  ja: /(?:[\u30a1-\u30fc]{0,6}|\p{Script=Han}{0,2})(?:データセンター|工場|発電所|キャンパス)/gu,
  zh: /(?:超级)?(?:数据中心|工厂|园区|发电厂|核电站)/g,
  en: /\bdata cent(?:er|re)s?\b(?= in [A-Z])/g,
};
/** A description before the word that makes it one site: a genitive or a locative ending. */
const QUALIFIER: Record<DocumentLanguage, RegExp> = {
  ja: /(?:^|[、。「」『』（）()]|[はがをもと])([^、。「」『』（）()はがをもと]{2,20}?(?:の|にある|における))$/,
  zh: /(?:^|[，。“”（）()、]|[在于是])([^，。“”（）()、在于是]{2,12}的)$/,
  en: /$^/,
};
const PLACE_AFTER = /^ in [A-Z][\w-]*(?:,? [A-Z][\w-]*)?/;

/**
 * Power plants are named by their place: `スリーマイル島原子力発電所`, `三里岛核电站`, `Three Mile Island
 * nuclear plant`. A place name right before a plant word (katakana, or kanji ending in a place suffix;
 * capitalised words in English) names a site, and the place alone names it again later (`スリーマイル島の再稼働`).
 */
const NAMED_PLANT: Record<DocumentLanguage, RegExp> = {
  ja: /((?<![\u30a1-\u30fc・])[\u30a1-\u30fc][\u30a1-\u30fc・]{2,14}(?:島|州|県|市|湾)?|(?<!\p{Script=Han})\p{Script=Han}{1,4}(?:島|県|市|町|村)(?:第[一二三四五六七八九十])?)(?:原子力発電所|原発|発電所)/gu,
  // Chinese runs words together: the place starts after a function word (从三里岛核电站).
  zh: /((?:(?![从在于将向把的和与及是为到自被对])\p{Script=Han}){1,5}?(?:岛|州|省|市|县|湾))(?:核电站|核电厂|发电厂|电站)/gu,
  en: /\b((?:[A-Z][a-z]+ ){1,4})(?:[Nn]uclear |[Pp]ower )*(?:[Pp]lant|[Gg]enerating [Ss]tation|[Pp]ower [Ss]tation)\b/g,
};

/** The power plants a paragraph names by place, with the place as the name's short form. */
export function namedPlants(
  text: string,
  language: DocumentLanguage,
  mentions: readonly Span[],
): { name: string; place: string; start: number; end: number }[] {
  const out: { name: string; place: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(NAMED_PLANT[language])) {
    const span = { start: m.index, end: m.index + m[0].length };
    // A known name before the word is its owner (`Googleの発電所`), read elsewhere.
    if (mentions.some((k) => k.start < span.end && span.start < k.end)) continue;
    out.push({ ...span, name: m[0], place: m[1].trim() });
  }
  return out;
}

interface DescribedFacility extends Span {
  text: string;
  name: string;
}

/** The sites a paragraph describes, in text order. */
export function describedFacilities(text: string, language: DocumentLanguage, mentions: readonly EntityMention[]): DescribedFacility[] {
  const out: DescribedFacility[] = [];
  for (const w of text.matchAll(SITE_WORD[language])) {
    const word = { start: w.index, end: w.index + w[0].length };
    if (mentions.some((m) => m.start < word.end && word.start < m.end)) continue;
    let start = word.start;
    let end = word.end;
    if (language === 'en') end += PLACE_AFTER.exec(text.slice(word.end))?.[0].length ?? 0;
    else {
      const qualifier = QUALIFIER[language].exec(text.slice(Math.max(0, word.start - 24), word.start))?.[1];
      if (!qualifier) continue;
      start = word.start - qualifier.length;
      // A name inside the description ends it: what it names owns or places the site, and is read as such.
      const inside = mentions.filter((m) => m.start >= start && m.end <= word.start).at(-1);
      if (inside?.kind === 'Organization' && /^(?:の|的)$/.test(text.slice(inside.end, word.start))) {
        out.push({ ...word, text: w[0], name: text.slice(inside.start, word.end) });
        continue;
      }
      if (inside) start = inside.end + (/^(?:の|的)/.test(text.slice(inside.end)) ? 1 : 0);
      if (word.start - start < 2 || /^(?:の|的)/.test(text.slice(start))) continue;
    }
    if (end === word.end && start === word.start) continue;
    out.push({ start, end, text: text.slice(start, end), name: text.slice(start, end) });
  }
  return out;
}

const isTopic = (sentence: string, m: Span) => /^(?:社)?(?:は|が)/.test(sentence.slice(m.end, m.end + 2));

/** Who operates a described site: the organisation the sentence is about, else the one the text was about. */
export function facilityFacts(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  sites: readonly (DescribedFacility & { ref: string })[],
  earlier: EntityMention | undefined,
): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  for (const site of sites) {
    const orgs = mentions.filter((m) => m.kind === 'Organization' && m.end <= site.start - offset);
    const owner = orgs.find((m) => isTopic(sentence, m)) ?? orgs.at(-1);
    const from = owner?.ref ?? earlier?.ref;
    if (from)
      out.push({
        type: 'OPERATES',
        from,
        to: site.ref,
        properties: {},
        evidence: sentence,
        start: offset,
        confidence: owner ? 0.45 : 0.35,
      });
  }
  return out;
}
