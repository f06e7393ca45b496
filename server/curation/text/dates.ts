// Minimal stand-in for the text helper's date finder: absolute years and months in the three
// languages, and `by`/`までに`/`之前` deadlines; relative dates are left to the real module.
import type { DocumentLanguage } from './language';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string;
  relative: boolean;
  by?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

export function findDates(text: string, language: DocumentLanguage, publishedOn?: string): DateMention[] {
  void publishedOn;
  const out: DateMention[] = [];
  const add = (m: RegExpExecArray, date: string) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    const by = /^(までに|まで|之前|以前|前)/.test(after) || /\b(by|before)\s*(the end of\s*)?$/.test(before);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, relative: false, ...(by ? { by } : {}) });
  };
  if (language === 'en') {
    const re = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{4})|\\b((?:19|20)\\d{2})\\b`, 'gi');
    for (let m; (m = re.exec(text));) add(m, m[1] ? `${m[2]}-${pad(MONTHS.indexOf(m[1].toLowerCase()) + 1)}` : m[3]);
  } else {
    const re = /((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g;
    for (let m; (m = re.exec(text));) add(m, [m[1], ...(m[2] ? [pad(+m[2])] : []), ...(m[3] ? [pad(+m[3])] : [])].join('-'));
  }
  return out;
}
