// Affiliations stated with no verb to signal them. English states them by apposition alone: `Sam
// Altman of OpenAI`, `Demis Hassabis of Google DeepMind`: a person named right before `of` and an
// organisation works for it, and holds the post a list of such pairs elaborates (`The heads of the
// labs: A of X, B of Y`). A post can also be a sentence's topic, held at the organisation the text
// is about; be said of a person with a copula (`A is the company's CEO`, `AはXのCEOを務める`); or
// be given with no organisation at all (`アモデイCEOは`), held where the article has put them. The
// types come from the schema like every other suggestion.
import { endpointError, relationshipTypes, type SignalLanguage } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import { quoteSpans, type FoundRelationship, type SentenceRule } from './relationships';

/** A person's name, then `of` and an organisation's, with nothing else between. */
const OF = /^ of (?:the )?$/;

export const affiliations: SentenceRule = (sentence, offset, mentions, language) => {
  if (language !== 'en') return [];
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  // A post named before a colon (`The heads of the leading labs …:`) is what the pairs after it hold.
  const colon = sentence.indexOf(':');
  const before = colon < 0 ? '' : sentence.slice(0, colon).toLowerCase();
  const posts = POSTS.en.filter(({ forms }) => forms.some((f) => !/^(?:leads|led by)$/.test(f) && before.includes(f)));
  const out: FoundRelationship[] = [];
  const push = (type: FoundRelationship['type'], person: EntityMention, organisation: EntityMention, confidence: number) => {
    if (!endpointError(type, person.kind, organisation.kind))
      out.push({ type, from: person.ref, to: organisation.ref, properties: {}, evidence: sentence, start: offset, confidence });
  };
  for (const [i, person] of ordered.entries()) {
    const organisation = ordered[i + 1];
    if (!organisation || person.kind !== 'Person' || organisation.kind !== 'Organization') continue;
    if (!OF.test(sentence.slice(person.end, organisation.start))) continue;
    push('WORKS_FOR', person, organisation, 0.5);
    if (colon >= 0 && person.start > colon && !mentions.some((m) => m.start < colon && m.kind === 'Organization'))
      for (const { type } of posts) push(type, person, organisation, 0.45);
  }
  return out;
};

/**
 * A post named as the sentence's topic, with the people who hold it and no organisation
 * (`創業者は、AとB`, `代表取締役CEOはCが務めている`, `首席执行官是D`, `The co-founders were E and F`):
 * the post is at the organisation the text is about, and each person holds it. Only the posts the
 * schema declares as signals of leading and founding are read, so a bare `研究者は` states nothing.
 */
const POST_TOPIC: Record<DocumentLanguage, RegExp> = {
  ja: /^\s*(?:[^、。「」\s]{0,6}?の)?([\p{Script=Han}\p{Script=Katakana}A-Za-zー]{1,12})(?:に)?は/u,
  zh: /(?:^|[，。；])\s*(?:现任|目前的?|如今的?)?([\p{Script=Han}A-Za-z]{1,10}?)(?:是|为|包括)/u,
  en: /^\s*(?:the |its |their )?((?:co-?)?[a-z -]{2,30}?) (?:is|are|was|were|include|includes|included)\s/i,
};
const POST_TYPES = ['LEADS', 'FOUNDED'] as const;
/**
 * Those who put money in, named as the topic (`Investors in the round included A and B`, `投资方包括A和B`,
 * `出資者はAとB`): organisations as well as people, and only by the noun for them, never by a
 * verb of the type opening the sentence (`出資は…`, which says what was invested).
 */
const FUNDER_NOUN: Record<DocumentLanguage, RegExp> = {
  ja: /(?:出資者|投資家|出資企業|投資企業|出資元|株主)$/,
  zh: /(?:投资方|出资方|投资者|投资人|股东|投资机构)$/,
  en: /^(?:(?:the )?(?:investors|backers|shareholders|funders)(?: in (?:the|this|that) (?:round|deal|company|start-?up))?)$/,
};
const postForms = (language: SignalLanguage) =>
  relationshipTypes
    .filter((t) => (POST_TYPES as readonly string[]).includes(t.type))
    .map((t) => ({ type: t.type, forms: t.signals.active[language].map((f) => f.toLowerCase()) }));
const POSTS = { ja: postForms('ja'), zh: postForms('zh'), en: postForms('en') };
const workForms = (language: SignalLanguage) => relationshipTypes.find((t) => t.type === 'WORKS_FOR')!.signals.active[language];
const WORK_FORMS = { ja: workForms('ja'), zh: workForms('zh'), en: workForms('en') };

export function postTopics(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  organisation: EntityMention | undefined,
): FoundRelationship[] {
  // An organisation named only to qualify a person (`グーグルの研究者だったA`) is not where the post is.
  const qualifier = (m: EntityMention) =>
    /^(?:社|公司)?(?:の|的|['’]s\b)/.test(sentence.slice(m.end)) ||
    (language === 'en' && /^ (?!and\b|or\b|in\b|at\b)[a-z]+\b/.test(sentence.slice(m.end)));
  if (!organisation) return [];
  const topic = POST_TOPIC[language].exec(sentence);
  if (!topic || mentions.some((m) => m.start < topic.index + topic[0].length && m.end > m.start)) return [];
  const post = topic[1].toLowerCase();
  const after = topic.index + topic[0].length;
  const people = mentions.filter((m) => m.kind === 'Person' && m.start >= after);
  const out: FoundRelationship[] = [];
  // Funders are organisations as often as people: every actor after the topic is one.
  if (FUNDER_NOUN[language].test(post)) {
    const funders = mentions.filter((m) => (m.kind === 'Person' || m.kind === 'Organization') && m.start >= after);
    for (const funder of funders)
      if (funder.ref !== organisation.ref && !endpointError('INVESTED_IN', funder.kind, organisation.kind))
        out.push({
          type: 'INVESTED_IN',
          from: funder.ref,
          to: organisation.ref,
          properties: {},
          evidence: sentence,
          start: offset,
          confidence: 0.4,
        });
    return out;
  }
  if (mentions.some((m) => m.kind === 'Organization' && m.end > m.start && !qualifier(m))) return [];
  for (const { type, forms } of POSTS[language])
    if (forms.some((f) => post.includes(f) && !/^(?:率い|leads|heads|led by|领导)/.test(f)))
      for (const person of people)
        if (!endpointError(type, person.kind, organisation.kind))
          out.push({ type, from: person.ref, to: organisation.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.4 });
  return out;
}

/**
 * A post said of a person with a copula (`A is the company's chief executive`, `A became Nvidia's
 * chief scientist`, `A was the chief scientist of X`, `AはXのCEOを務める`): the person holds it at
 * that organisation. English reads the post's own type (leading, founding); Japanese, as its
 * genitive `XのCEOのA` does, employment besides.
 */
const COPULA = /^,?\s(?:is|was|became|becomes|remains|remained|has been|had been|will be)\s(?:now\s)?(?:also\s)?/;
const POSSESSED_POST = /^['’]s\s([a-z][a-z -]{0,30}?)(?=[,.;:]|\sand\b|\s(?:since|until|from|in)\b|$)/;
const POST_OF = /^(?:the\s|an?\s|its\s)?((?:[\w-]+\s){1,4})(?:of|at)\s(?:the\s)?$/;

/** Japanese: the person as topic, then `XのTITLEを務める`, `…に就任`, `…となった`, `…だ`. */
const JA_POST =
  /^(?:社)?の([^\s、。「」をにがは]{1,14}?)(?:[（(][^）)]{1,12}[）)])?(?:を務め|に就任|に就い|となっ|となる|になっ|だ|である)/;

export const copularPosts: SentenceRule = (sentence, offset, mentions, language) => {
  if (language === 'ja') return japanesePosts(sentence, offset, mentions);
  if (language !== 'en') return [];
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const out: FoundRelationship[] = [];
  for (const [i, person] of ordered.entries()) {
    const organisation = ordered[i + 1];
    if (!organisation || person.kind !== 'Person' || organisation.kind !== 'Organization') continue;
    const copula = COPULA.exec(sentence.slice(person.end, organisation.start));
    if (!copula) continue;
    const rest = sentence.slice(person.end + copula[0].length, organisation.start);
    const post = (
      rest === '' || /^(?:the|its)\s$/.test(rest) ? POSSESSED_POST.exec(sentence.slice(organisation.end))?.[1] : POST_OF.exec(rest)?.[1]
    )?.toLowerCase();
    if (!post) continue;
    for (const { type, forms } of POSTS.en)
      if (
        forms.some((f) => !/^(?:leads|heads|led by)$/.test(f) && post.includes(f)) &&
        !endpointError(type, person.kind, organisation.kind)
      )
        out.push({ type, from: person.ref, to: organisation.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.55 });
  }
  return out;
};

/** `AはXのCEOを務める`: employment at X, and leading or founding where the title is that type's signal. */
function japanesePosts(sentence: string, offset: number, mentions: readonly EntityMention[]): FoundRelationship[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const out: FoundRelationship[] = [];
  for (const [i, person] of ordered.entries()) {
    if (person.kind !== 'Person' || !/^(?:氏|さん)?は/.test(sentence.slice(person.end))) continue;
    // The organisation the post is at: the first one named with a post after it, no other person between.
    const after = ordered.slice(i + 1);
    const until = after.findIndex((m) => m.kind === 'Person');
    const organisation = (until < 0 ? after : after.slice(0, until)).find(
      (m) => m.kind === 'Organization' && JA_POST.test(sentence.slice(m.end)),
    );
    const post = organisation && JA_POST.exec(sentence.slice(organisation.end))?.[1].toLowerCase();
    if (!organisation || !post) continue;
    const types = POSTS.ja.filter(({ forms }) => forms.some((f) => !/^率い/.test(f) && post.includes(f))).map(({ type }) => type);
    if (!types.length && !WORK_FORMS.ja.some((f) => post.includes(f))) continue;
    for (const type of ['WORKS_FOR' as const, ...types])
      if (!endpointError(type, person.kind, organisation.kind))
        out.push({ type, from: person.ref, to: organisation.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.5 });
  }
  return out;
}

/** The titles among a language's declared signals of leading: its nouns, not its verbs (率いる, leads, 领导) or phrases (head of). */
const leadingTitles = (language: SignalLanguage) =>
  relationshipTypes
    .find((t) => t.type === 'LEADS')!
    .signals.active[language].filter((f) => !/^(?:率い|leads|heads|chairs|领导|掌舵)|\s(?:of|by)$/.test(f))
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
/** A leading title written right after a Japanese name (`アモデイCEO`, `孫社長`) or right before a Chinese or English one (`首席执行官梁汝波`, `CEO Sam Altman`). */
const TITLE_AFTER: Partial<Record<DocumentLanguage, RegExp>> = { ja: new RegExp(`^(?:氏)?(?:${leadingTitles('ja')})`) };
const TITLE_BEFORE: Partial<Record<DocumentLanguage, RegExp>> = {
  zh: new RegExp(`(?:${leadingTitles('zh')})$`),
  en: new RegExp(`\\b(?:${leadingTitles('en')})\\s$`, 'i'),
};

/**
 * People a sentence gives a leading title with no organisation to hold it at (`アモデイCEOは…と述べた`):
 * the title is at the organisation the text has tied them to, which the caller knows.
 */
export function untiedLeaders(sentence: string, mentions: readonly EntityMention[], language: DocumentLanguage): EntityMention[] {
  // What the person is quoted saying names no organisation of theirs.
  const quotes = quoteSpans(sentence);
  if (mentions.some((m) => m.kind === 'Organization' && !quotes.some((q) => q.start <= m.start && m.end <= q.end))) return [];
  return mentions.filter(
    (m) =>
      m.kind === 'Person' &&
      m.end > m.start &&
      (TITLE_AFTER[language]?.test(sentence.slice(m.end)) ||
        TITLE_BEFORE[language]?.test(sentence.slice(Math.max(0, m.start - 16), m.start))),
  );
}
