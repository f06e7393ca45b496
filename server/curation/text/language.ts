// Minimal stand-in for the text helper's language detection: kana means Japanese, Han without kana
// Chinese, Latin letters English.
export type DocumentLanguage = 'ja' | 'zh' | 'en';
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['ja', 'zh', 'en'];

export function detectLanguage(text: string): DocumentLanguage | undefined {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/[A-Za-z]/.test(text)) return 'en';
  return undefined;
}
