// Relationships a model's name states by itself: a name that is another model's name followed by a
// version, size or edition (Grok-2 of Grok, Qwen 2.5 72B of Qwen 2.5, o1-mini of o1) is a version
// of that family, and within one family named with numbers the higher number succeeds the next
// lower one the article names (Grok-3 after Grok-2). Only models the article itself names are paired.
import type { RelationshipTypeName } from '../../../graph-schema';
import { normalise } from '../../search/normalise';
import type { DocumentLanguage } from '../text/language';

export interface NamedModel {
  ref: string;
  names: readonly string[];
}

export interface FamilyFact {
  type: Extract<RelationshipTypeName, 'VERSION_OF' | 'SUCCEEDS' | 'DEVELOPED' | 'BASED_ON' | 'PART_OF'>;
  from: string;
  to: string;
}

/** What may follow a family's name in a version's name: a number, a size, an edition word. */
const VERSION_TAIL =
  /^[\s.-]?(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:x\d+)?[bm]|mini|preview|pro|max|turbo|ultra|nano|flash|lite|large|medium|small|opus|sonnet|haiku|instruct|chat)(?:[\s.-].*)?$/;
/** A name's family stem and its version number, when it ends in one or in an edition word after it (`grok 1 5`, normalised from Grok-1.5 → `grok`, 1.5; `claude 3 5 sonnet` → `claude`, 3.5). */
const NUMBERED =
  /^(.*?\p{L})[\s.-]?(\d+)(?:[\s.](\d+))?(?:\s(?:mini|preview|pro|max|turbo|ultra|nano|flash|lite|opus|sonnet|haiku|instruct|chat))?$/u;
/** After a name ending in a number, a further number is a later release (Claude 3 → Claude 3.5), not a version; a size is one. */
const CONTINUED_NUMBER = /^[\s.]\d+(?:[\s.-]|$)/;

const forms = (m: NamedModel) => [...new Set(m.names.map((n) => normalise(n)).filter((n) => n.length >= 2))];

export function familyFacts(models: readonly NamedModel[]): FamilyFact[] {
  const out: FamilyFact[] = [];
  for (const version of models)
    for (const family of models) {
      if (version.ref === family.ref) continue;
      const isVersion = forms(version).some((v) =>
        forms(family).some(
          (f) =>
            v.length > f.length &&
            v.startsWith(f) &&
            VERSION_TAIL.test(v.slice(f.length)) &&
            !(/\d$/.test(f) && CONTINUED_NUMBER.test(v.slice(f.length))),
        ),
      );
      if (isVersion) out.push({ type: 'VERSION_OF', from: version.ref, to: family.ref });
      // A model's full release comes after its preview (o1 after o1-preview).
      if (isVersion && forms(version).some((v) => forms(family).some((f) => v === `${f} preview`)))
        out.push({ type: 'SUCCEEDS', from: family.ref, to: version.ref });
    }
  const numbered = models.flatMap((m) =>
    forms(m).flatMap((f) => {
      const hit = NUMBERED.exec(f);
      return hit ? [{ ref: m.ref, stem: hit[1], number: Number(`${hit[2]}.${hit[3] ?? 0}`) }] : [];
    }),
  );
  for (const later of numbered) {
    const earlier = numbered
      .filter((e) => e.stem === later.stem && e.number < later.number && e.ref !== later.ref)
      .sort((a, b) => b.number - a.number)[0];
    if (earlier && !out.some((f) => f.type === 'SUCCEEDS' && f.from === later.ref && f.to === earlier.ref))
      out.push({ type: 'SUCCEEDS', from: later.ref, to: earlier.ref });
  }
  return out;
}

/**
 * A known model's name written with a size, a later point release or an edition right after it
 * (`Llama 3 70B`, `Gemini Pro 1.5`, `Gemini Ultra`, `GPT-4o`, `GPT-4 Turbo`) names another model, a
 * version of the known one: the end of that longer name, or undefined where the name stops.
 */
const NAME_CONTINUES =
  /^(?:o|-\d+(?:\.\d+)*[a-z]?|(?:[\s-](?:\d+(?:\.\d+)?[BM]|\d+\.\d+|Pro|Ultra|Nano|Flash|Lite|Mini|mini|Max|Plus|Turbo|turbo|Opus|Sonnet|Haiku|Large|Medium|Small|Instruct|Chat|Preview|Vision))+)(?![A-Za-z0-9])(?!\s*(?:trillion|billion|million|thousand|times|percent|[万億兆倍%]))/;
/**
 * A maker's name followed by a version, a size or an edition and a number (`Mistral 7B`, `Mistral Large 2`,
 * `DeepSeek-V3`) names a model of that maker's; part numbers and years are no versions.
 */
const MAKER_CONTINUES =
  /^(?:[\s-](?:\d+(?:\.\d+)?[BM]|\d{1,2}(?:\.\d+)*|[A-Za-z]\d{1,2}(?:\.\d+)*|Pro|Ultra|Nano|Flash|Lite|Mini|Max|Plus|Turbo|Large|Medium|Small))*?[\s-](?:\d+(?:\.\d+)?[BM]|\d{1,2}(?:\.\d+)*|[A-Za-z]\d{1,2}(?:\.\d+)*)(?![A-Za-z0-9])(?!\s*(?:trillion|billion|million|thousand|times|percent|[万億兆倍%年月日人台枚個]))/;
export function continuedModelName(text: string, mention: { kind: string; end: number }): number | undefined {
  const tail = (mention.kind === 'AIModel' ? NAME_CONTINUES : mention.kind === 'Organization' ? MAKER_CONTINUES : undefined)?.exec(
    text.slice(mention.end),
  );
  return tail ? mention.end + tail[0].length : undefined;
}

/** An organisation's name followed by a word for one of its units (`Microsoft AI`, `Google Research`, `OpenAI Japan`) names that unit. */
const UNIT_CONTINUES = /^ (?:AI|Research|Labs?|Cloud|Japan|China|Europe|Ventures)(?![A-Za-z0-9])/;
/**
 * A unit named for its work (AI, Research, Labs) is a body inside the organisation; one named for a
 * country or for investing (Japan, Ventures) is more often a company of its own, and a cloud a product line.
 */
export const isInternalUnit = (name: string) => / (?:AI|Research|Labs?)$/.test(name);
/** A word for a team or a division right before a name (`研究チームGoogle Brain`, `the research team Google Brain`). */
const TEAM_BEFORE = /(?:チーム|部門|組織|研究所|团队|部门|实验室|\b(?:team|division|unit|lab))\s*$/i;
const TEAM_NAME_CONTINUES = /^ [A-Z][a-z]+(?![A-Za-z0-9])/;
/** Whether a name stands right after a word for a team or a division, which makes it one inside an organisation. */
export const namedAsTeam = (text: string, mention: { start: number }) => TEAM_BEFORE.test(text.slice(0, mention.start));
export function continuedUnitName(text: string, mention: { kind: string; start: number; end: number }): number | undefined {
  if (mention.kind !== 'Organization') return undefined;
  const tail =
    UNIT_CONTINUES.exec(text.slice(mention.end)) ?? (namedAsTeam(text, mention) ? TEAM_NAME_CONTINUES.exec(text.slice(mention.end)) : null);
  return tail ? mention.end + tail[0].length : undefined;
}

/**
 * A model described by its size instead of a name (`720億パラメータの大型モデル`, `720亿参数的模型`, `a
 * 72-billion-parameter model`), named by that size so every description of the same size is one model.
 * A description said of a model already named (`GPT-4は1.8兆パラメータのモデルだ`, `GPT-4是…的模型`) names nothing new.
 */
const SIZED: Record<DocumentLanguage, { pattern: RegExp; name: (count: string) => string }> = {
  ja: {
    pattern:
      /(\d[\d,.]*\s*[万億兆]?)(?:個の)?パラメータ(?:の|を持つ)[^\s、。「」のをがはにでと]{0,6}?モデル(?!\s*(?:だ|です|である|であり|で、))/g,
    name: (count) => `${count}パラメータのモデル`,
  },
  zh: {
    pattern: /(?<![是为]\s*)(\d[\d,.]*\s*[万亿]?)(?:个)?参数(?:的|规模的)?[^\s，。、“”的是]{0,4}?模型/g,
    name: (count) => `${count}参数模型`,
  },
  en: {
    pattern: /\b(\d[\d,.]*[- ](?:trillion|billion|million)|\d[\d,.]*[BM])[- ]parameters?\s+(?:[a-z-]+\s+)?model\b/gi,
    name: (count) => `${count.replace(/ /g, '-')}-parameter model`,
  },
};

export interface SizedModel {
  name: string;
  kind: 'AIModel';
  text: string;
  start: number;
  end: number;
}

export function sizedModels(text: string, language: DocumentLanguage): SizedModel[] {
  const { pattern, name } = SIZED[language];
  return [...text.matchAll(pattern)].map((m) => ({
    name: name(m[1].replace(/\s+/g, language === 'en' ? ' ' : '')),
    kind: 'AIModel' as const,
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * A model named after an organisation the article names (`Mistral Large 2` beside `mistral`, `OpenAI o1`)
 * was developed by it: the organisation's name, then a space or a hyphen, opens the model's name.
 */
export function makerFacts(models: readonly NamedModel[], organisations: readonly NamedModel[]): FamilyFact[] {
  const out: FamilyFact[] = [];
  for (const model of models)
    for (const org of organisations)
      if (forms(model).some((m) => forms(org).some((o) => m.startsWith(`${o} `) && /\d/.test(m.slice(o.length)))))
        if (!out.some((f) => f.to === model.ref && f.from === org.ref)) out.push({ type: 'DEVELOPED', from: org.ref, to: model.ref });
  return out;
}

/**
 * A model described as a custom or derived build of a named one (`日本企業向けに最適化されたGPT-4カスタムモデル`,
 * `针对金融优化的GPT-4定制模型`) is a model of its own, based on the named one; the clause before it that
 * says what it was made for (up to the subject or the object before it) is part of its description.
 */
const DERIVED_AFTER: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /^\s?(?:の)?(?:カスタム|特化型?|専用|派生|改良|微調整)(?:版|モデル)/,
  zh: /^\s?(?:的)?(?:定制|专用|微调|衍生|改进)(?:版|模型|版本)/,
};
const DERIVED_BEFORE: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /(?<=^|[、。「」はがを])[^、。「」はがを]{1,20}?(?:た|る|向け|用)の?$/,
  zh: /(?:针对|面向|专为|用于)[^，。、“”]{1,14}?的$/,
};
export interface DerivedModel extends SizedModel {
  base: string;
}
export function derivedModels(
  text: string,
  language: DocumentLanguage,
  mentions: readonly { ref: string; kind: string; start: number; end: number }[],
): DerivedModel[] {
  const [after, before] = [DERIVED_AFTER[language], DERIVED_BEFORE[language]];
  if (!after || !before) return [];
  return mentions.flatMap((m) => {
    const tail = m.kind === 'AIModel' ? after.exec(text.slice(m.end)) : null;
    if (!tail) return [];
    const clause = before.exec(text.slice(0, m.start))?.[0] ?? '';
    const [start, end] = [m.start - clause.length, m.end + tail[0].length];
    return [{ name: text.slice(start, end), kind: 'AIModel' as const, text: text.slice(start, end), start, end, base: m.ref }];
  });
}
