// The name an entity goes by in each language. Japanese has its field (nameJa). Chinese has none
// yet: the aliases hold Chinese names among Japanese and Traditional spellings, untagged, so the
// Chinese name is `nameZh` where a record has one, else the first alias written in Han characters
// (Latin letters and digits beside them, as in 谷歌DeepMind, but no kana) with none of the forms
// Simplified Chinese writes otherwise (微軟 and 連邦航空局 are passed over for 微软 and
// 美国联邦航空管理局), else a Japanese name written wholly in Han. A name Chinese writes in Latin
// letters alone (OpenAI) has no such alias and stays as it is.
import type { Entity, Language } from '../graph/types';

const HAN_NAME = /^[\p{Script=Han}·]+$/u;
const CHINESE_NAME = /^(?=.*\p{Script=Han})[\p{Script=Han}\p{Script=Latin}\d ·.&-]+$/u;
/** A Latin name with 社 after it is how Japanese writes a company (xAI社); Chinese writes 公司. */
const JAPANESE_COMPANY = /^[\p{Script=Latin}\d .&-]+社$/u;
/** Traditional and Japanese forms of characters Simplified Chinese writes differently. */
const NOT_SIMPLIFIED = new Set(
  '開簡連機構軟輝獅門業島電廠國會學體東們來時長說話對發現經網絡銀關線車馬實區聯華萬與產義壓韓戰團總報導類變術認識語調議讀費質賣買員場頭顯風飛營廣歐氣設計資訊雲鄭漢龍鐵農藝圖書館歲權選際円広県様駅売読図団転伝営応労働済関発',
);

const isChinese = (name: unknown): name is string =>
  typeof name === 'string' && CHINESE_NAME.test(name) && !JAPANESE_COMPANY.test(name) && ![...name].some((c) => NOT_SIMPLIFIED.has(c));

export function chineseName(entity: Pick<Entity, 'aliases'> & Record<string, unknown>): string | undefined {
  if (typeof entity.nameZh === 'string' && entity.nameZh) return entity.nameZh;
  const japanese = entity.nameJa;
  return entity.aliases.find(isChinese) ?? (typeof japanese === 'string' && HAN_NAME.test(japanese) ? japanese : undefined);
}

/** The name to show in a language: that language's where the data has one, English otherwise. */
export function nameIn(entity: Entity, lang: Language): string {
  if (lang === 'ja' && typeof entity.nameJa === 'string' && entity.nameJa) return entity.nameJa;
  return (lang === 'zh' ? chineseName(entity) : undefined) ?? entity.name;
}
