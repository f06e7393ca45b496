// The words people put around a name that are not part of it, declared as data per language:
// honorifics and titles. The normaliser strips them from what is typed and from what is indexed,
// so `マスクさん`, `马斯克先生`, `Dr. LeCun` and `Zuckerberg CEO` search for the name alone.
// Entries are written as people write them; the normaliser brings them to its own form.

/** Written straight after a Japanese or Chinese name, with no space. */
export const HONORIFIC_SUFFIXES: Readonly<Record<'ja' | 'zh', readonly string[]>> = {
  ja: ['さん', 'さま', '様', '氏', '君', 'くん', 'ちゃん', '社長', '会長', '代表', '博士', '教授'],
  zh: ['先生', '女士', '小姐', '总裁', '总经理', '董事长', '博士', '教授'],
};

/** Whole words written before an English name. */
export const TITLE_PREFIXES: Readonly<Record<'en', readonly string[]>> = {
  en: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir'],
};

/** Whole words (or, after a Japanese or Chinese name, glued on) written after a name. */
export const TITLE_SUFFIXES: Readonly<Record<'en', readonly string[]>> = {
  en: ['ceo', 'cto', 'cfo', 'founder', 'co founder', 'cofounder', 'chairman', 'chair', 'president'],
};
