// Minimal stand-in for the text helper's quantity finder: money in dollars, yen, yuan and euros
// with the CJK multipliers, chip counts and megawatts; enough for the extractor to compile and run.
import type { PropertyInfo } from '../../../graph-schema';
import type { DocumentLanguage } from './language';

export type Measure = 'money' | 'count' | 'power' | 'duration' | 'compute';
export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  measure: Measure;
  value: number;
  unit: string;
  approximate?: boolean;
  bound?: 'max' | 'min';
  range?: [number, number];
}

const CJK: Record<string, number> = { 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
const EN: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, b: 1e9 };
const CURRENCY: Record<string, string> = {
  ドル: 'USD',
  美元: 'USD',
  $: 'USD',
  円: 'JPY',
  日元: 'JPY',
  元: 'CNY',
  人民币: 'CNY',
  ユーロ: 'EUR',
  欧元: 'EUR',
  '€': 'EUR',
};
const COUNT_UNITS: Record<string, string> = { 枚: 'chips', 台: 'units', 个: 'units', 块: 'chips', 人: 'people', 名: 'people' };

function cjkNumber(s: string): number {
  let total = 0;
  let rest = s.replace(/,/g, '');
  for (const [word, factor] of Object.entries(CJK).sort((a, b) => b[1] - a[1])) {
    const i = rest.indexOf(word);
    if (i >= 0) {
      total += parseFloat(rest.slice(0, i) || '1') * factor;
      rest = rest.slice(i + 1);
    }
  }
  return total + (rest ? parseFloat(rest) || 0 : 0);
}

export function findQuantities(text: string, language: DocumentLanguage): QuantityMention[] {
  const out: QuantityMention[] = [];
  if (language === 'en') {
    const money = /([$€])\s?(\d[\d,.]*)\s*(thousand|million|billion|trillion|bn|m|b)?\b/gi;
    for (let m; (m = money.exec(text));)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        measure: 'money',
        unit: CURRENCY[m[1]],
        value: parseFloat(m[2].replace(/,/g, '')) * (m[3] ? EN[m[3].toLowerCase()] : 1),
      });
    const counts = /(\d[\d,.]*)\s*(thousand|million)?\s*(GPUs|chips|H100s?|accelerators|MW|megawatts)/gi;
    for (let m; (m = counts.exec(text));) {
      const value = parseFloat(m[1].replace(/,/g, '')) * (m[2] ? EN[m[2].toLowerCase()] : 1);
      const power = /^(MW|megawatts)$/i.test(m[3]);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        measure: power ? 'power' : 'count',
        unit: power ? 'MW' : 'chips',
        value,
      });
    }
    return out;
  }
  const money = /(\d[\d,.]*(?:[万億亿兆]\d*)*)\s*(ドル|美元|円|日元|元|ユーロ|欧元)/g;
  for (let m; (m = money.exec(text));)
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], measure: 'money', unit: CURRENCY[m[2]], value: cjkNumber(m[1]) });
  const counts = /(\d[\d,.]*(?:[万億亿]\d*)*)\s*(枚|台|块|个|人|名)/g;
  for (let m; (m = counts.exec(text));)
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], measure: 'count', unit: COUNT_UNITS[m[2]], value: cjkNumber(m[1]) });
  return out;
}

/** The property of a kind or type that holds such a quantity: by its declared unit. */
export function schemaPropertyFor(mention: QuantityMention, properties: Readonly<Record<string, PropertyInfo>>): string | undefined {
  const wanted = mention.measure === 'money' ? 'currency' : mention.unit;
  return Object.entries(properties).find(([, info]) => info.type === 'number' && info.unit === wanted)?.[0];
}
