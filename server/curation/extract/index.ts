// The Suggest step of the curation loop: from an article's paragraphs and the entities and
// relationships the graph holds, the entities it names (known or new), the relationships and the
// claims it states, each with its paragraph, evidence and confidence, in the contract's shapes.
import { relationshipTypes, type KindName } from '../../../graph-schema';
import type { Suggestions } from '../../../graph-schema/contract/curation.shapes';
import { compact, normalise } from '../../search/normalise';
import type { DocumentLanguage } from '../text/language';
import type { Paragraph } from '../text/paragraphs';
import { anaphorMentions, type Salience } from './anaphora';
import { impliedCounterparts } from './implied-counterpart';
import { claimIn } from './claims';
import { clusterFacts, describedClusters, trainingUses } from './compute';
import { describedFacilities, facilityFacts, namedPlants } from './facilities';
import { EntityIndex, type EntityMention } from './entity-index';
import {
  continuedModelName,
  continuedUnitName,
  derivedModels,
  familyFacts,
  isInternalUnit,
  makerFacts,
  namedAsTeam,
  sizedModels,
  type FamilyFact,
} from './model-families';
import { findNewNames, prepareDocument, quotedCandidates, withParenthesisedAliases } from './new-entities';
import { affiliations, copularPosts, postTopics, untiedLeaders } from './affiliations';
import { coAgentFacts } from './co-agents';
import { describedPetitions, elaboratedSignatories, petitionFacts } from './petitions';
import { relationshipsIn, sentences, type FoundRelationship } from './relationships';
import { redundantFacts } from './redundant-facts';
import { describedPolicies, labelStances, policyFacts } from './stances';

export interface KnownGraph {
  entities: { id: string; kind: KindName; name: string; nameJa?: string; aliases: string[] }[];
  relationships: { id: string; type: string; source: string; target: string }[];
}

type SuggestedEntity = Suggestions['entities'][number];
type SuggestedRelationship = Suggestions['relationships'][number];

/** A readable slug for a new entity's ref; names in other scripts get a short stable hash. */
function slugOf(name: string, kind: string): string {
  const latin = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin.length >= 2 && /^[\p{ASCII}]*$/u.test(name.normalize('NFKC'))) return latin.slice(0, 90);
  let hash = 0x811c9dc5;
  for (const ch of name) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `${kind.toLowerCase()}-${(latin ? `${latin.slice(0, 40)}-` : '') + hash.toString(36)}`;
}

/** New names of one article, merged across paragraphs: a lone family name joins the full name met before. */
class NewEntities {
  private readonly byKey = new Map<string, SuggestedEntity>();
  private readonly lastNames = new Map<string, SuggestedEntity>();

  add(name: string, kind: KindName): SuggestedEntity {
    const key = compact(normalise(name));
    let entity = this.byKey.get(key) ?? this.lastNames.get(key);
    if (!entity) {
      entity = { ref: `new:${slugOf(name, kind)}`, name, kind, known: false, aliases: [], mentions: [] };
      this.byKey.set(key, entity);
      const parts = normalise(name).split(' ');
      if (kind === 'Person' && parts.length > 1) this.lastNames.set(parts.at(-1)!, entity);
      // A name in kanji or hanzi is written family name first and later by it alone (西川徹 → 西川氏, 孫正義 → 孫氏).
      if (kind === 'Person' && /^\p{Script=Han}{3,5}$/u.test(name))
        for (let n = 1; n <= Math.min(3, name.length - 1); n++) {
          const family = compact(normalise(name.slice(0, n)));
          if (!this.lastNames.has(family)) this.lastNames.set(family, entity);
        }
    } else if (name !== entity.name && !entity.aliases.includes(name)) entity.aliases.push(name);
    return entity;
  }

  /** A short name the entity goes by, which then finds it rather than making another. */
  alias(entity: SuggestedEntity, name: string): void {
    if (name !== entity.name && !entity.aliases.includes(name)) entity.aliases.push(name);
    if (!this.byKey.has(compact(normalise(name)))) this.byKey.set(compact(normalise(name)), entity);
  }

  mention(ref: string, mention: SuggestedEntity['mentions'][number]): void {
    this.all()
      .find((e) => e.ref === ref)
      ?.mentions.push(mention);
  }

  all(): SuggestedEntity[] {
    return [...new Set(this.byKey.values())];
  }
}

const leading = (text: string) => text.length - text.trimStart().length;

/**
 * The index of a graph's names costs far more to build than an article costs to read, and a server
 * reads many articles against one snapshot of the graph: it is kept per KnownGraph object.
 */
const indexes = new WeakMap<KnownGraph['entities'], EntityIndex>();
function indexOf(entities: KnownGraph['entities']): EntityIndex {
  let index = indexes.get(entities);
  if (!index) indexes.set(entities, (index = new EntityIndex(entities)));
  return index;
}

/** Personal pronouns, which in news text stand for the person named last. */
const PRONOUN: Record<DocumentLanguage, RegExp> = {
  ja: /彼女|彼(?!ら)/g,
  zh: /(?<![其])[他她](?![们們人])/g,
  en: /\b(?:he|she)\b/gi,
};

/**
 * A personal pronoun read as a mention of the person named last before it in the paragraph, so
 * that `OpenAI, which he co-founded` and `他创立了…` join the person to the fact.
 */
export function pronounMentions(
  text: string,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  /** The person the text was about before this paragraph: whom a pronoun opening it stands for. */
  carried?: EntityMention,
): EntityMention[] {
  const people = mentions.filter((m) => m.kind === 'Person').sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  for (const m of text.matchAll(PRONOUN[language])) {
    if (mentions.some((k) => m.index < k.end && k.start < m.index + m[0].length)) continue;
    const antecedent = people.filter((p) => p.end <= m.index).at(-1) ?? carried;
    if (antecedent) out.push({ ref: antecedent.ref, kind: 'Person', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Words that carry a name's meaning: Latin words of three letters or more, past articles and the kind's own words. */
const contentWords = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((w) => w.length > 2 && !/^(?:the|and|for|open|letter|petition|statement)$/.test(w));

/** The first actor named in the nearest sentence before `span` that names one, within the paragraph. */
function subjectBefore(
  mentions: readonly EntityMention[],
  spans: readonly { start: number; end: number }[],
  span: { start: number; end: number },
  actor: (m: EntityMention) => boolean,
): EntityMention | undefined {
  for (let i = spans.indexOf(span) - 1; i >= 0; i--) {
    const first = mentions.find((m) => actor(m) && m.start >= spans[i].start && m.end <= spans[i].end);
    if (first) return first;
  }
  return undefined;
}

export function suggestFacts(
  input: { language: DocumentLanguage; publishedOn?: string; paragraphs: Paragraph[] },
  known: KnownGraph,
): Suggestions {
  const { language, publishedOn } = input;
  const index = indexOf(known.entities);
  prepareDocument(
    input.paragraphs.map((p) => p.text),
    language,
  );
  const knownById = new Map(known.entities.map((e) => [e.id, e]));
  const held = new Set(known.relationships.map((r) => `${r.type}|${r.source}|${r.target}`));
  const symmetric = new Set<string>(relationshipTypes.filter((t) => t.meta.symmetric).map((t) => t.type));
  const isHeld = (type: string, from: string, to: string) =>
    held.has(`${type}|${from}|${to}`) || (symmetric.has(type) && held.has(`${type}|${to}|${from}`));

  const knownEntities = new Map<string, SuggestedEntity>();
  const fresh = new NewEntities();
  const relationships = new Map<string, SuggestedRelationship>();
  const claims: Suggestions['claims'] = [];
  const firstSeen = new Map<string, { order: number; paragraph: number; evidence: string; start: number }>();
  // What names and descriptions state by themselves: a maker's model, a size of a family.
  const stated: FamilyFact[] = [];

  // First pass: the new names of the whole document, so that a name proposed in one place is
  // found wherever else it is written, even where nothing around it marks it as a name.
  const candidates = input.paragraphs.map((paragraph) => {
    // A name quoted after a word for its kind (モデル「ELYZA-japanese-Llama-2-7b」) is one name, whatever known names it holds.
    const quoted = quotedCandidates(paragraph.text);
    const all = index
      .find(paragraph.text)
      .filter((m) => !quoted.some((q) => q.start <= m.start && m.end <= q.end && m.end - m.start < q.end - q.start));
    // A known model's name followed by a size or an edition (`Gemini Ultra`) is a model of its own;
    // a maker's name followed by a version (`Mistral 7B`) is a model the maker developed.
    // An organisation's name followed by a unit's word (`Microsoft AI`) is the unit's.
    // A unit whose word makes it a body inside the organisation (`Microsoft AI`, `Google Research`) is part of it.
    const continued = all.flatMap((m): { name: string; kind: KindName; start: number; end: number; maker?: string; owner?: string }[] => {
      const end = continuedModelName(paragraph.text, m);
      const unit = end === undefined ? continuedUnitName(paragraph.text, m) : undefined;
      if (unit !== undefined) {
        const name = paragraph.text.slice(m.start, unit);
        return [
          {
            name,
            kind: 'Organization',
            start: m.start,
            end: unit,
            owner: isInternalUnit(name) || namedAsTeam(paragraph.text, m) ? m.ref : undefined,
          },
        ];
      }
      if (end === undefined) return [];
      const maker = m.kind === 'Organization' ? m.ref : undefined;
      return [{ name: paragraph.text.slice(m.start, end), kind: 'AIModel', start: m.start, end, maker }];
    });
    const derived = derivedModels(paragraph.text, language, all);
    const found = all.filter(
      (m) => !continued.some((c) => c.start === m.start) && !derived.some((d) => d.start < m.end && m.start < d.end),
    );
    // A plant named by its place is named by the place alone wherever else it is written.
    for (const plant of namedPlants(paragraph.text, language, all)) fresh.alias(fresh.add(plant.name, 'Facility'), plant.place);
    const sized = sizedModels(paragraph.text, language).filter((d) => !found.some((m) => m.start < d.end && d.start < m.end));
    const named = [
      ...found,
      ...continued.map((c) => {
        const ref = fresh.add(c.name, c.kind).ref;
        if (c.maker) stated.push({ type: 'DEVELOPED', from: c.maker, to: ref });
        if (c.owner) stated.push({ type: 'PART_OF', from: ref, to: c.owner });
        return { ...c, ref };
      }),
      ...withParenthesisedAliases(
        paragraph.text,
        findNewNames(paragraph.text, language, [...found, ...continued, ...sized, ...derived]),
      ).map(({ candidate: c, aliases }) => {
        const entity = fresh.add(c.name, c.kind);
        for (const alias of aliases) fresh.alias(entity, alias);
        // The name as written with its company word (コンステレーション社, 寒武纪公司) is an alias a curator keeps.
        const suffix = c.kind === 'Organization' && /^(?:社|公司)/.exec(paragraph.text.slice(c.end))?.[0];
        if (suffix) fresh.alias(entity, c.name + suffix);
        return { ...c, ref: entity.ref };
      }),
    ];
    // A custom build of a named model is based on it.
    for (const d of derived) {
      const ref = fresh.add(d.name, 'AIModel').ref;
      named.push({ ...d, ref });
      stated.push({ type: 'BASED_ON', from: ref, to: d.base });
    }
    // A model described by its size alone is one size of the family named before it in the paragraph.
    for (const d of sized) {
      const entity = fresh.add(d.name, 'AIModel');
      if (d.text !== d.name) fresh.alias(entity, d.text);
      const family = named.filter((m) => m.kind === 'AIModel' && m.end <= d.start).at(-1);
      if (family) stated.push({ type: 'VERSION_OF', from: entity.ref, to: family.ref });
    }
    return { found };
  });
  // A person named in full is named later by the family name alone (アモデイ, Huang).
  // An organisation is named later without the word that ends its name (Inflection AI → Inflection).
  const familyName = (e: SuggestedEntity) =>
    e.kind === 'Person'
      ? normalise(e.name).split(' ').slice(1).slice(-1)
      : e.kind === 'Organization' && / (?:AI|Inc\.?|Labs?|Technologies)$/.test(e.name)
        ? [e.name.replace(/ \S+$/, '')]
        : e.kind === 'Organization' && /\p{Script=Han}AI$/u.test(e.name)
          ? [e.name.slice(0, -2)]
          : [];
  const newIndex = new EntityIndex(
    fresh.all().map((e) => ({ id: e.ref, kind: e.kind, name: e.name, aliases: [...e.aliases, ...familyName(e)] })),
  );

  // A description that holds most words of a known entity's name is that entity (`an open letter asking
  // for a pause on giant AI experiments` is "Pause Giant AI Experiments: An Open Letter").
  const describedKnown = (description: string, kind: KindName) => {
    const words = new Set(contentWords(description));
    return known.entities.find(
      (e) =>
        e.kind === kind &&
        [e.name, ...e.aliases].some((n) => {
          const name = contentWords(n);
          return name.length >= 3 && name.filter((w) => words.has(w)).length >= 0.75 * name.length;
        }),
    );
  };
  const salience: Salience = new Map();
  let lastPetition: string | undefined;
  let lastCluster: string | undefined;
  for (const [i, paragraph] of input.paragraphs.entries()) {
    const { found } = candidates[i];
    let mentions: EntityMention[] = [...found];
    const knownMention = (m: EntityMention) => {
      const entity = knownById.get(m.ref)!;
      let suggestion = knownEntities.get(m.ref);
      if (!suggestion)
        knownEntities.set(
          m.ref,
          (suggestion = { ref: m.ref, name: entity.name, kind: entity.kind, known: true, id: entity.id, aliases: [], mentions: [] }),
        );
      suggestion.mentions.push({ paragraph: paragraph.n, text: m.text, start: m.start });
    };
    found.forEach(knownMention);
    for (const m of newIndex.find(paragraph.text)) {
      if (found.some((k) => m.start < k.end && k.start < m.end)) continue;
      fresh.mention(m.ref, { paragraph: paragraph.n, text: m.text, start: m.start });
      mentions.push(m);
    }
    const spans = sentences(paragraph.text);
    const carried = salience.get('Organization');
    const carriedModel = salience.get('AIModel');
    // Described clusters take the place of the names inside them (the maker in `35万台のNVIDIA H100`).
    const described = describedClusters(paragraph.text, spans, language, mentions).map((d) => {
      const back = d.ref ? undefined : d.refersBack ? lastCluster : undefined;
      const ref = d.ref ?? back ?? fresh.add(d.name, 'GPUCluster').ref;
      if (!d.ref) fresh.mention(ref, { paragraph: paragraph.n, text: d.text, start: d.start });
      lastCluster = ref;
      const makerRefs = d.makers.flatMap((name) => (index.find(name)[0] ?? newIndex.find(name)[0] ?? { ref: [] }).ref);
      return { ...d, ref, isNew: d.ref === undefined && !back, makerRefs };
    });
    mentions = mentions.filter((m) => !described.some((d) => m.start >= d.start && m.end <= d.end));
    mentions.push(...described.map((d) => ({ ref: d.ref, kind: 'GPUCluster' as const, start: d.start, end: d.end, text: d.text })));
    // A petition named by its title is the one later words (the statement, この書簡) refer to.
    const titled = mentions.filter((m) => m.kind === 'Petition').at(-1);
    if (titled) lastPetition = titled.ref;
    // A petition described anew is the one later words (この書簡, the letter) refer to; one named by its
    // owner (マスクらの請願) is set beside it, not in its place.
    const petitions = describedPetitions(paragraph.text, language, mentions).flatMap((p) => {
      let ref = p.isNew ? undefined : lastPetition;
      if (!ref && p.onlyBack) return [];
      const linked = ref ? undefined : describedKnown(p.name, 'Petition');
      if (linked) {
        knownMention({ ref: linked.id, kind: 'Petition', start: p.start, end: p.end, text: p.text });
        lastPetition = linked.id;
        return [{ ...p, ref: linked.id }];
      }
      if (!ref) {
        const petition = fresh.add(p.name, 'Petition');
        if (p.title && !petition.aliases.includes(p.title)) petition.aliases.push(p.title);
        ref = petition.ref;
        if (!p.owner || !lastPetition) lastPetition = ref;
      }
      fresh.mention(ref, { paragraph: paragraph.n, text: p.text, start: p.start });
      return [{ ...p, ref }];
    });
    const sites = describedFacilities(paragraph.text, language, mentions).map((f) => {
      const ref = fresh.add(f.name, 'Facility').ref;
      fresh.mention(ref, { paragraph: paragraph.n, text: f.text, start: f.start });
      return { ...f, ref };
    });
    mentions.push(...sites.map((f) => ({ ref: f.ref, kind: 'Facility' as const, start: f.start, end: f.end, text: f.text })));
    const policies = describedPolicies(paragraph.text, language, mentions, petitions).map((p) => {
      const ref = fresh.add(p.name, 'Policy').ref;
      fresh.mention(ref, { paragraph: paragraph.n, text: p.text, start: p.start });
      return { ...p, ref };
    });
    mentions.push(...policies.map((p) => ({ ref: p.ref, kind: 'Policy' as const, start: p.start, end: p.end, text: p.text })));
    mentions = mentions.filter((m) => !petitions.some((p) => m.start >= p.start && m.end <= p.end));
    mentions.push(...petitions.map((p) => ({ ref: p.ref, kind: 'Petition' as const, start: p.start, end: p.end, text: p.text })));
    mentions.push(...pronounMentions(paragraph.text, mentions, language, salience.get('Person')));
    mentions.push(...anaphorMentions(paragraph.text, mentions, language, salience));
    mentions.sort((a, b) => a.start - b.start);

    const suggest = (r: FoundRelationship) => {
      // One suggestion per fact and paragraph: the best-supported reading of it.
      // A symmetric type read both ways is one fact.
      const ends = symmetric.has(r.type) ? [r.from, r.to].sort() : [r.from, r.to];
      const key = `${paragraph.n}|${r.type}|${ends.join('|')}`;
      const before = relationships.get(key);
      if (before && before.confidence >= r.confidence) return;
      relationships.set(key, {
        key: '',
        type: r.type,
        from: r.from,
        to: r.to,
        properties: { ...before?.properties, ...r.properties },
        paragraph: paragraph.n,
        evidence: r.evidence.trim(),
        start: r.start + leading(r.evidence),
        confidence: r.confidence,
        known: isHeld(r.type, r.from, r.to),
      });
    };

    for (const span of spans) {
      const sentence = paragraph.text.slice(span.start, span.end);
      const inSentence = mentions
        .filter((m) => m.start >= span.start && m.end <= span.end)
        .map((m) => ({ ...m, start: m.start - span.start, end: m.end - span.start }));
      for (const m of inSentence)
        if (!firstSeen.has(m.ref))
          firstSeen.set(m.ref, { order: firstSeen.size, paragraph: paragraph.n, evidence: sentence, start: span.start });
      // A sentence that names no actor goes on about the paragraph's last subject (`Alibaba社も…。最近、Qwen-2.5を発表した`).
      const actor = (m: EntityMention) => m.kind === 'Person' || m.kind === 'Organization';
      // The organisation a sentence is about, not one named to qualify a person or a thing (`マイクロソフトの技術者`).
      const isOrg = (m: EntityMention) => m.kind === 'Organization' && !/^(?:社|公司)?(?:の|的|['’]s\b)/.test(paragraph.text.slice(m.end));
      // In Japanese a sentence whose names are none of them its subject (Xと契約を結んだ) has the topic carried too.
      const hasSubject =
        language === 'ja'
          ? inSentence.some((m) => actor(m) && /^(?:氏|さん|社)?(?:など|ら)?(?:は|が|も)/.test(sentence.slice(m.end, m.end + 5)))
          : inSentence.some(actor);
      const topic = hasSubject ? undefined : subjectBefore(mentions, spans, span, actor);
      const read = topic ? [{ ...topic, start: 0, end: 0, text: '' }, ...inSentence] : inSentence;
      // A comparison that names one side only compares the model the text was about (`…みたいなモデルに匹敵する`).
      const model = subjectBefore(mentions, spans, span, (m) => m.kind === 'AIModel') ?? carriedModel;
      const found = relationshipsIn(sentence, span.start, read, language, publishedOn, model);
      for (const r of [...found, ...coAgentFacts(found, sentence, read, language)])
        suggest(
          topic && (r.from === topic.ref || r.to === topic.ref)
            ? { ...r, confidence: Math.max(0.05, Math.round((r.confidence - 0.1) * 100) / 100) }
            : r,
        );
      // The organisation the text is about here: what a sentence that leaves a side unsaid, a post named as a
      // topic and a title held nowhere else refer to.
      const about = subjectBefore(mentions, spans, span, isOrg) ?? carried;
      impliedCounterparts(sentence, span.start, inSentence, language, about, found).forEach(suggest);
      [
        ...labelStances(sentence, span.start, inSentence, language),
        ...trainingUses(sentence, span.start, inSentence, language),
        ...policyFacts(sentence, span, inSentence, policies),
        ...affiliations(sentence, span.start, inSentence, language),
        ...copularPosts(sentence, span.start, inSentence, language),
        ...postTopics(sentence, span.start, inSentence, language, about),
        ...elaboratedSignatories(sentence, span.start, inSentence, language, lastPetition),
      ].forEach(suggest);
      // A leading title with no organisation in the sentence is held where the article or the graph has put that person.
      for (const person of untiedLeaders(sentence, inSentence, language)) {
        const tied = new Set([
          ...[...relationships.values()]
            .filter((r) => (r.type === 'FOUNDED' || r.type === 'LEADS') && r.from === person.ref)
            .map((r) => r.to),
          ...known.relationships.filter((r) => r.type === 'LEADS' && r.source === person.ref).map((r) => r.target),
        ]);
        // A person the text ties to no organisation at all (`島田明社長は…`, after a paragraph about NTT)
        // holds the title at the organisation the text is about.
        const employed = [...relationships.values()].some((r) => r.type === 'WORKS_FOR' && r.from === person.ref);
        const at = tied.size === 1 ? [...tied][0] : tied.size === 0 && !employed ? about?.ref : undefined;
        if (at)
          suggest({
            type: 'LEADS',
            from: person.ref,
            to: at,
            properties: {},
            evidence: sentence,
            start: span.start,
            confidence: tied.size === 1 ? 0.35 : 0.3,
          });
      }
      petitionFacts(
        sentence,
        span.start,
        petitions.filter((p) => p.start >= span.start && p.end <= span.end),
      ).forEach(suggest);
      const sitesHere = sites.filter(
        (f) => f.start >= span.start && f.end <= span.end && !/^.+(?:の|的)$/.test(f.name.slice(0, -f.text.length)),
      );
      if (sitesHere.length) {
        const before = mentions.filter((m) => m.kind === 'Organization' && m.end <= span.start).at(-1) ?? carried;
        facilityFacts(sentence, span.start, inSentence, sitesHere, before).forEach(suggest);
      }
      const clusters = [...new Map(described.filter((d) => d.start >= span.start && d.end <= span.end).map((d) => [d.ref, d])).values()];
      if (clusters.length) {
        const before = mentions.filter((m) => m.kind === 'Organization' && m.end <= span.start).at(-1) ?? carried;
        clusterFacts(sentence, span.start, inSentence, clusters, before, language).forEach(suggest);
      }
      const claim = claimIn(sentence, span.start, inSentence, language, publishedOn);
      if (claim)
        claims.push({
          key: `c${claims.length + 1}`,
          ...claim,
          evidence: claim.evidence.trim(),
          start: claim.start + leading(claim.evidence),
          paragraph: paragraph.n,
        });
    }
  }
  const modelRefs = new Set([...knownEntities.values(), ...fresh.all()].filter((e) => e.kind === 'AIModel').map((e) => e.ref));
  const redundant = redundantFacts([...relationships.values()], known.relationships, (ref) => modelRefs.has(ref));
  for (const [key, r] of relationships) if (redundant(r)) relationships.delete(key);
  // The names of the models the article names state their families and generations.
  const models = [...knownEntities.values(), ...fresh.all()]
    .filter((e) => e.kind === 'AIModel' && firstSeen.has(e.ref))
    .map((e) => {
      const graph = knownById.get(e.ref);
      return { ref: e.ref, names: [e.name, ...e.aliases, ...(graph ? [graph.nameJa ?? '', ...graph.aliases] : [])] };
    });
  const organisations = [...knownEntities.values(), ...fresh.all()]
    .filter((e) => e.kind === 'Organization' && firstSeen.has(e.ref))
    .map((e) => ({ ref: e.ref, names: [e.name, ...e.aliases] }));
  const families = [
    ...familyFacts(models),
    ...makerFacts(models, organisations),
    ...stated.filter(
      (v, i) =>
        (v.type === 'BASED_ON' || v.type === 'PART_OF' || firstSeen.has(v.to)) &&
        (v.type === 'DEVELOPED' || firstSeen.has(v.from)) &&
        stated.findIndex((w) => w.type === v.type && w.from === v.from && w.to === v.to) === i,
    ),
  ];
  for (const f of families) {
    // The sentence where the second of the two is first named is where the article sets them side by side.
    const [a, b] = [firstSeen.get(f.from), firstSeen.get(f.to)];
    const seen = !a || (b && b.order > a.order) ? b! : a;
    const key = `${seen.paragraph}|${f.type}|${f.from}|${f.to}`;
    if ([...relationships.values()].some((r) => r.type === f.type && r.from === f.from && r.to === f.to)) continue;
    relationships.set(key, {
      key: '',
      type: f.type,
      from: f.from,
      to: f.to,
      properties: {},
      paragraph: seen.paragraph,
      evidence: seen.evidence.trim(),
      start: seen.start + leading(seen.evidence),
      confidence: 0.6,
      known: isHeld(f.type, f.from, f.to),
    });
  }
  // Whoever develops a family develops its versions and the later releases its names number
  // (`xAIのGrok` and `Grok-2` make Grok-2 xAI's too; Claude 3.5 Sonnet is Claude 3's developer's).
  const suggested = [...relationships.values()];
  // The developer the article names for the family is the one that counts; the graph's only where it names none.
  const developers = (family: string) => {
    const named = suggested.filter((r) => r.type === 'DEVELOPED' && r.to === family).map((r) => r.from);
    return [
      ...new Set(
        named.length > 0 ? named : known.relationships.filter((r) => r.type === 'DEVELOPED' && r.target === family).map((r) => r.source),
      ),
    ];
  };
  const sameFamily = (r: SuggestedRelationship) =>
    r.type === 'VERSION_OF' || (r.type === 'SUCCEEDS' && families.some((f) => f.type === r.type && f.from === r.from && f.to === r.to));
  for (const version of suggested.filter(sameFamily))
    for (const developer of developers(version.to)) {
      if (suggested.some((r) => r.type === 'DEVELOPED' && r.from === developer && r.to === version.from)) continue;
      relationships.set(`${version.paragraph}|DEVELOPED|${developer}|${version.from}`, {
        ...version,
        type: 'DEVELOPED',
        from: developer,
        to: version.from,
        confidence: 0.4,
        known: isHeld('DEVELOPED', developer, version.from),
      });
    }
  return {
    entities: [...knownEntities.values(), ...fresh.all().filter((e) => e.mentions.length > 0)],
    relationships: [...relationships.values()].map((r, i) => ({ ...r, key: `r${i + 1}` })),
    claims,
  };
}
