// The interface's language: the current one, `t` for a message of the catalogue in it, and the
// filling of the page's static words, which name their message in `data-i18n` (text) or
// `data-i18n-<attribute>` (placeholder, title, aria-label). The picture's own names are not here:
// entities name themselves (nameJa, Chinese aliases) and the schema titles its kinds and types.
import type { Language } from '../graph/types';
import { en, type Catalogue, type MessageKey } from './messages-en';
import { ja } from './messages-ja';
import { zh } from './messages-zh';

export type { MessageKey } from './messages-en';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, ja, zh };
/** Each language as its readers write its name, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ja: '日本語', zh: '中文' };
/** The BCP 47 tag of each language, for `<html lang>`: Chinese is written in Simplified characters. */
const TAGS: Readonly<Record<Language, string>> = { en: 'en', ja: 'ja', zh: 'zh-Hans' };

let current: Language = 'en';

export const language = (): Language => current;
export const languageTag = (lang: Language = current): string => TAGS[lang];

/** A message in the current language, its `{name}` marks filled from `values`. */
export function t(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return CATALOGUES[current][key].replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'] as const;

/** Sets the language and writes its words into the page's static text. */
export function setLanguage(lang: Language, root: ParentNode = document): void {
  current = lang;
  if (root === document) {
    document.documentElement.lang = languageTag(lang);
    document.title = t('appTitle');
  }
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => (node.textContent = t(node.dataset.i18n as MessageKey)));
  for (const attribute of ATTRIBUTES)
    root
      .querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)
      .forEach((node) => node.setAttribute(attribute, t(node.getAttribute(`data-i18n-${attribute}`) as MessageKey)));
}
