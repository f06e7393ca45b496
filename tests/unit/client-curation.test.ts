// The curation view's logic without a browser: the review that starts from a document's
// suggestions, the accept body built from the curator's decisions, the way a refused accept's issues
// find their cards, the article's marked mentions, the citations' paragraphs, and the tab-only token.
import { schemaDocument } from '../../server/api/meta.routes';
import { buildAccept, issuesByItem } from '../../client/curation/accept-body';
import { documentInput } from '../../client/curation/article-form';
import { segments } from '../../client/curation/article-view';
import { claimKinds, creatableKinds, typedValue } from '../../client/curation/card-parts';
import { TokenHolder, type Ingested, type HistoryEntry } from '../../client/curation/curator-api';
import { summary, when } from '../../client/curation/history-section';
import { paragraphText } from '../../client/graph/evidence';
import {
  addEntity,
  addRelationship,
  byParagraph,
  fittingTypes,
  relationshipProblem,
  startReview,
} from '../../client/curation/review-model';
import { entity } from './client.fixtures';

const schema = schemaDocument();

/** A document of three paragraphs: a known investor, a known lab, a new start-up, and a prediction. */
function ingested(): Ingested {
  return {
    document: {
      id: 'doc-test',
      title: 'テスト記事',
      language: 'ja',
      paragraphs: [
        { n: 1, text: 'マイクロソフトはサカナAIに出資した。' },
        { n: 2, text: 'サカナAIはオープンAIと競合する。' },
        { n: 3, text: 'アルトマン氏は来年AGIが来ると述べた。' },
      ],
    },
    suggestions: {
      entities: [
        {
          ref: 'microsoft',
          id: 'microsoft',
          name: 'Microsoft',
          kind: 'Organization',
          known: true,
          aliases: [],
          mentions: [{ paragraph: 1, text: 'マイクロソフト', start: 0 }],
        },
        {
          ref: 'openai',
          id: 'openai',
          name: 'OpenAI',
          kind: 'Organization',
          known: true,
          aliases: [],
          mentions: [{ paragraph: 2, text: 'オープンAI', start: 7 }],
        },
        {
          ref: 'sam-altman',
          id: 'sam-altman',
          name: 'Sam Altman',
          kind: 'Person',
          known: true,
          aliases: [],
          mentions: [{ paragraph: 3, text: 'アルトマン', start: 0 }],
        },
        {
          ref: 'new:sakana-ai',
          name: 'サカナAI',
          kind: 'Organization',
          known: false,
          aliases: ['Sakana AI'],
          mentions: [
            { paragraph: 1, text: 'サカナAI', start: 8 },
            { paragraph: 2, text: 'サカナAI', start: 0 },
          ],
        },
      ],
      relationships: [
        {
          key: 'r1',
          type: 'INVESTED_IN',
          from: 'microsoft',
          to: 'new:sakana-ai',
          properties: {},
          paragraph: 1,
          evidence: 'マイクロソフトはサカナAIに出資した',
          start: 0,
          confidence: 0.9,
          known: false,
        },
        {
          key: 'r2',
          type: 'COMPETES_WITH',
          from: 'new:sakana-ai',
          to: 'openai',
          properties: {},
          paragraph: 2,
          evidence: 'サカナAIはオープンAIと競合する',
          start: 0,
          confidence: 0.4,
          known: false,
        },
      ],
      claims: [
        {
          key: 'c1',
          by: 'sam-altman',
          about: ['openai'],
          claimKind: 'prediction',
          dueBy: '2027',
          paragraph: 3,
          evidence: '来年AGIが来る',
          start: 7,
          confidence: 0.7,
        },
      ],
    },
  };
}

describe('a review of a document', () => {
  it('starts with the confident suggestions ticked, the doubtful ones not, and every new entity to be created', () => {
    const review = startReview(ingested());
    expect(review.relationships.map((r) => [r.key, r.accepted])).toEqual([
      ['r1', true],
      ['r2', false],
    ]);
    expect(review.claims[0]).toMatchObject({ accepted: true, text: '' });
    expect(review.entities.get('new:sakana-ai')).toMatchObject({ decision: 'create', paragraphs: [1, 2], aliases: ['Sakana AI'] });
  });

  it('groups new entities, relationships and claims under the paragraph they come from', () => {
    const groups = byParagraph(startReview(ingested()));
    expect([...groups.keys()].sort()).toEqual([1, 2, 3]);
    expect(groups.get(1)!.entities.map((e) => e.ref)).toEqual(['new:sakana-ai']);
    expect(groups.get(2)!.relationships.map((r) => r.key)).toEqual(['r2']);
    expect(groups.get(3)!.claims.map((c) => c.key)).toEqual(['c1']);
  });

  it('offers only the relationship types whose ends fit the two kinds', () => {
    const types = fittingTypes(schema, 'Person', 'Organization').map((t) => t.type);
    expect(types).toEqual(expect.arrayContaining(['WORKS_FOR', 'LEADS', 'INVESTED_IN']));
    expect(types).not.toContain('SUBSIDIARY_OF');
    expect(fittingTypes(schema, 'AIModel', 'Petition')).toEqual([]);
  });

  it('names a type the ends cannot take, and a swapped direction that no longer fits', () => {
    const review = startReview(ingested());
    const r1 = review.relationships[0];
    r1.type = 'LEADS';
    expect(relationshipProblem(review, schema, r1)).toMatch(/LEADS cannot join a Organization to a Organization/);
    r1.type = 'INVESTED_IN';
    expect(relationshipProblem(review, schema, r1)).toBeUndefined();
    review.relationships[0] = { ...r1, from: 'sam-altman', to: 'microsoft', type: 'SUBSIDIARY_OF' };
    expect(relationshipProblem(review, schema, review.relationships[0])).toMatch(/cannot join a Person/);
  });
});

describe('the accept body', () => {
  it('sends the ticked items with the new entity they need, and lists the unticked ones as rejected', () => {
    const review = startReview(ingested());
    review.claims[0].text = 'Altman predicts AGI next year.';
    const { input, problems, sent } = buildAccept(review, schema, '  from the test article ');
    expect(problems.size).toBe(0);
    expect(input.relationships).toEqual([
      { key: 'r1', type: 'INVESTED_IN', from: 'microsoft', to: 'new:sakana-ai', properties: {}, paragraph: 1 },
    ]);
    expect(input.claims).toEqual([
      {
        key: 'c1',
        text: 'Altman predicts AGI next year.',
        claimKind: 'prediction',
        by: ['sam-altman'],
        about: ['openai'],
        dueBy: '2027',
        paragraph: 3,
      },
    ]);
    expect(input.entities).toEqual([
      { ref: 'new:sakana-ai', kind: 'Organization', name: 'サカナAI', aliases: ['Sakana AI'], properties: {}, paragraphs: [1, 2] },
    ]);
    expect(input.rejected).toEqual(['r2']);
    expect(input.note).toBe('from the test article');
    expect(sent).toEqual({ entities: ['new:sakana-ai'], relationships: ['r1'], claims: ['c1'] });
  });

  it('sends the existing entity a new one was linked to, and does not create it', () => {
    const review = startReview(ingested());
    review.claims[0].accepted = false;
    const sakana = review.entities.get('new:sakana-ai')!;
    sakana.decision = 'link';
    sakana.linked = { id: 'sakana-ai', name: 'Sakana AI', kind: 'Organization' };
    const { input, problems } = buildAccept(review, schema);
    expect(problems.size).toBe(0);
    expect(input.entities).toEqual([]);
    expect(input.relationships[0]).toMatchObject({ from: 'microsoft', to: 'sakana-ai' });
    expect(input.rejected).toEqual(['r2', 'c1', 'new:sakana-ai']);
  });

  it('refuses to send a fact whose new end is left out, a link not yet picked, or a claim without its text', () => {
    const review = startReview(ingested());
    review.entities.get('new:sakana-ai')!.decision = 'reject';
    expect(buildAccept(review, schema).problems).toEqual(
      new Map([
        ['r1', '“サカナAI” is left out: create it or link it to an existing entity'],
        ['c1', 'write the claim in your own words'],
      ]),
    );
    review.entities.get('new:sakana-ai')!.decision = 'link';
    expect(buildAccept(review, schema).problems.get('r1')).toBe('pick the existing entity “サカナAI” stands for');
  });

  it('traces each issue of a refused accept to the card it names, and keeps the rest for the form', () => {
    const sent = { entities: ['new:sakana-ai'], relationships: ['r1', 'r7'], claims: ['c1'] };
    const byItem = issuesByItem(
      [
        { in: 'body', path: 'relationships.1.type', message: 'INVESTED_IN cannot join a AIModel to a Person' },
        { in: 'body', path: 'entities.0.name', message: 'must not be empty' },
        { in: 'body', path: 'note', message: 'too long' },
      ],
      sent,
    );
    expect(byItem).toEqual(
      new Map([
        ['r7', ['type: INVESTED_IN cannot join a AIModel to a Person']],
        ['new:sakana-ai', ['name: must not be empty']],
        ['', ['note: too long']],
      ]),
    );
  });
});

describe('facts added by hand', () => {
  it('join the review beside their paragraph and are sent without a suggestion key, never as rejected', () => {
    const review = startReview(ingested());
    review.claims[0].accepted = false;
    const hand = addEntity(review, 2, 'Sakana AI', 'Organization');
    const fact = addRelationship(review, 2, 'PARTNERS_WITH');
    expect(relationshipProblem(review, schema, fact)).toBe('pick both ends');
    fact.from = hand.ref;
    fact.to = 'openai';
    expect(
      byParagraph(review)
        .get(2)!
        .relationships.map((r) => r.key),
    ).toEqual(['r2', fact.key]);
    const { input, problems } = buildAccept(review, schema);
    expect(problems.size).toBe(0);
    expect(input.relationships).toContainEqual({ type: 'PARTNERS_WITH', from: hand.ref, to: 'openai', properties: {}, paragraph: 2 });
    expect(input.entities).toContainEqual({
      ref: hand.ref,
      kind: 'Organization',
      name: 'Sakana AI',
      aliases: [],
      properties: {},
      paragraphs: [2],
    });
    fact.accepted = false;
    hand.decision = 'reject';
    expect(buildAccept(review, schema).input.rejected).toEqual(['r2', 'c1']);
  });
});

describe('the article and the form', () => {
  it('marks known and new mentions, and keeps HTML pasted as text as plain text', () => {
    const text = '<b>マイクロソフト</b>はサカナAIに出資';
    expect(
      segments(text, [
        { start: 3, text: 'マイクロソフト', known: true, ref: 'microsoft' },
        { start: 99, text: 'サカナAI', known: false, ref: 'new:sakana-ai' },
      ]),
    ).toEqual([
      { text: '<b>' },
      { text: 'マイクロソフト', mark: 'known', ref: 'microsoft' },
      { text: '</b>は' },
      { text: 'サカナAI', mark: 'new', ref: 'new:sakana-ai' },
      { text: 'に出資' },
    ]);
  });

  it('drops a mention that overlaps one already marked', () => {
    expect(
      segments('OpenAI Japan', [
        { start: 0, text: 'OpenAI Japan', known: false, ref: 'new:openai-japan' },
        { start: 0, text: 'OpenAI', known: true, ref: 'openai' },
      ]),
    ).toEqual([{ text: 'OpenAI Japan', mark: 'new', ref: 'new:openai-japan' }]);
  });

  it('sends what the curator filled in, leaving blanks out so the server detects the language', () => {
    expect(
      documentInput({ title: ' T ', text: '本文\n\n二段落', publishedOn: '', outlet: ' 日経 ', author: '', url: '', language: '' }),
    ).toEqual({
      title: 'T',
      text: '本文\n\n二段落',
      outlet: '日経',
    });
  });

  it('offers the kinds and claim kinds of the schema, and types property values as their schema says', () => {
    expect(creatableKinds(schema).map((k) => k.value)).toEqual(expect.arrayContaining(['Person', 'Organization', 'AIModel']));
    expect(creatableKinds(schema).map((k) => k.value)).not.toContain('Source');
    expect(claimKinds(schema)).toEqual(['prediction', 'opinion', 'announcement', 'reported-fact']);
    expect(typedValue(' 4000000000 ', { type: 'number' })).toBe(4_000_000_000);
    expect(typedValue('', { type: 'number' })).toBeUndefined();
    expect(typedValue('USD', { type: 'string' })).toBe('USD');
  });
});

describe('citations and history', () => {
  it('finds a cited paragraph in a source that carries its paragraphs, as strings or numbered', () => {
    expect(paragraphText(entity('doc-a', 'Source', { paragraphs: ['one', 'two'] }), 2)).toBe('two');
    expect(paragraphText(entity('doc-b', 'Source', { paragraphs: [{ n: 3, text: 'three' }] }), 3)).toBe('three');
    expect(paragraphText(entity('src-001', 'Source'), 1)).toBeUndefined();
  });

  it('says who changed what and when', () => {
    const entry: HistoryEntry = {
      id: 'h-1',
      at: '2026-11-26T05:12:09.123Z',
      actor: 'alice',
      action: 'accept',
      changes: [],
      reverts: undefined,
    };
    expect(when(entry.at)).toBe('2026-11-26 05:12 UTC');
    expect(summary({ ...entry, changes: [{ target: 'entity', id: 'x', before: null, after: {} }] })).toBe('accept, 1 record');
    expect(summary({ ...entry, action: 'revert', reverts: 'h-0' })).toBe('revert (undoes an earlier change)');
  });
});

describe('the curator token', () => {
  it('is kept in the tab storage it is given and forgotten on sign-out', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const holder = new TokenHolder(storage);
    holder.set('secret-token');
    expect(new TokenHolder(storage).value).toBe('secret-token');
    holder.clear();
    expect(holder.value).toBeUndefined();
    expect(new TokenHolder(storage).value).toBeUndefined();
  });
});
