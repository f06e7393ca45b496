// The curation loop in the real browser against the real API and Neo4j: a reader sees no curation
// controls; a curator signs in with a named token, pastes a short Japanese article that mentions
// entities the graph holds, reviews what is suggested, creates a new entity and adds facts by hand,
// edits them (type, direction, a property), accepts, and sees the new facts in the picture with a
// citation that shows the article's paragraph; the entity's history lists the accept, and reverting
// it restores the graph exactly. Screenshots of each step at laptop and phone size.
import type { Browser, Page } from 'playwright-core';
import { DOCUMENT_STATE_LABEL, ENTITY_LABEL } from '../../graph-schema';
import { sha256Hex } from '../../server/http/tokens';
import { launchBrowser, screenshot } from '../support/browser';
import { drawn, openExplorer, searchAndPick, settled, type ExplorerPage } from '../support/explorer-page';
import { getJson, startTestServer, type TestServer } from '../support/test-server';

const CURATOR = 'curator-token-e2e-4b1d7c0a9e6f2385d1c7';
const READER = 'reader-token-e2e-9a7c3e5b1d0f4862ac13';
const LAPTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

const ARTICLE = {
  title: 'サカナAI、マイクロソフトから出資',
  paragraphs: [
    '東京のAIスタートアップ、サカナAIは2024年9月、マイクロソフトから出資を受けたと発表した。<b>強調</b>のようなタグは文字のまま残る。',
    'サカナAIはオープンAIと競合する日本発の研究開発企業を目指している。',
    'マイクロソフトはオープンAIと提携している。',
  ],
};

let server: TestServer;
let browser: Browser;
let view: ExplorerPage | undefined;
/** Console errors a test causes on purpose (a 404 for what it deleted). */
let expectedErrors: RegExp | undefined;

beforeAll(async () => {
  server = await startTestServer({
    tokens: [
      { name: 'cora', role: 'curator', sha256: sha256Hex(CURATOR) },
      { name: 'rita', role: 'reader', sha256: sha256Hex(READER) },
    ],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // The suites after this one read the seed as it was: the articles ingested here go, with their
  // bookkeeping (their accepted facts were reverted by the test itself).
  await server?.db.write(async (tx) => {
    await tx.run(
      `MATCH (d:${DOCUMENT_STATE_LABEL}) OPTIONAL MATCH (s:${ENTITY_LABEL} {id: d.id}) WHERE NOT EXISTS { (s)--() } DETACH DELETE d, s`,
    );
  });
  await server?.close();
});
// As every browser suite does: a screenshot after each test, and no console error, uncaught
// exception or CSP violation.
afterEach(async () => {
  const [opened, expected] = [view, expectedErrors];
  [view, expectedErrors] = [undefined, undefined];
  if (!opened) return;
  await screenshot(opened.page, `curation ${expect.getState().currentTestName}`);
  const problems = opened.problems.errors.filter((e) => !expected?.test(e));
  await opened.close();
  expect(problems).toEqual([]);
});

async function open(viewport: { width: number; height: number }): Promise<Page> {
  view = await openExplorer(browser, `${server.url}/?view=all`, viewport);
  return view.page;
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.click('#curator .sign-in-open');
  await page.fill('#curator input.token', token);
  await page.click('#curator .sign-in-form button[type=submit]');
  await page.locator('#curator .who').waitFor();
}

async function pasteArticle(page: Page): Promise<void> {
  await page.click('#curator .curate-open');
  await page.fill('#curation .field-title input', ARTICLE.title);
  await page.fill('#curation .field-text textarea', ARTICLE.paragraphs.join('\n\n'));
  await page.fill('#curation .field-publishedOn input', '2024-09-10');
  await page.fill('#curation .field-outlet input', 'テスト新聞');
  await page.click('#curation .article-form button[type=submit]');
  await page.locator('#curation .review-row').first().waitFor();
}

/** Selects `text` inside paragraph `n` of the article, as a curator dragging over it does. */
async function selectInArticle(page: Page, n: number, text: string): Promise<void> {
  await page.evaluate(
    ({ n, text }) => {
      const paragraph = document.querySelector(`#curation .article-paragraph[data-paragraph="${n}"] .article-text`)!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`no “${text}” in ¶${n}`);
    },
    { n, text },
  );
}

const exported = async () => (await getJson(`${server.url}/api/export?format=json`)).body as unknown;

describe('curation in the explorer', () => {
  it('shows a reader without a token, or with a reader’s token, no curation controls', async () => {
    const page = await open(LAPTOP);
    await expect(page.locator('#curator .sign-in-open').isVisible()).resolves.toBe(true);
    await searchAndPick(page, '#search-input', '#suggestions', 'マイクロソフト', 'microsoft');
    await settled(page);
    await page.locator('#panel-body h2[data-entity="microsoft"]').waitFor();
    expect(await page.locator('.curate-open, #curation:visible, .history-section, button.revert').count()).toBe(0);

    await signIn(page, READER);
    expect(await page.locator('#curator .who').textContent()).toBe('rita (reader)');
    expect(await page.locator('.curate-open, .history-section').count()).toBe(0);
    await page.click('#curator .sign-out');
    await expect(page.locator('#curator .sign-in-open').isVisible()).resolves.toBe(true);
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.getItem('curator-token'), location.href.includes('token')]),
    ).toEqual([0, null, false]);
  });

  it('lets a curator turn a Japanese article into cited facts, see them in the picture, and revert them from the history', async () => {
    const page = await open(LAPTOP);
    await signIn(page, CURATOR);
    expect(await page.locator('#curator .who').textContent()).toBe('cora (curator)');
    await screenshot(page, 'curation laptop signed in');
    await pasteArticle(page);

    // The article, paragraph by paragraph, with the entities the graph holds highlighted; HTML stays text.
    const marked = await page
      .locator('#curation mark.mention.known')
      .evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.ref));
    expect(marked).toEqual(expect.arrayContaining(['microsoft', 'openai']));
    expect(await page.locator('#curation .article-paragraph[data-paragraph="1"] .article-text').textContent()).toBe(ARTICLE.paragraphs[0]);
    expect(await page.locator('#curation .article-text b').count()).toBe(0);
    const documentId = (await page.locator('#curation .doc-title').getAttribute('data-document'))!;

    // A new entity, named from the text selected in ¶1, renamed in Latin letters with the Japanese as alias.
    await selectInArticle(page, 1, 'サカナAI');
    await page.click('#curation .review-row:has([data-paragraph="1"]) .add-entity');
    const entityCard = page.locator('#curation .cards[data-paragraph="1"] .suggestion.entity[data-key^="new:hand-"]');
    expect(await entityCard.locator('input.entity-name').inputValue()).toBe('サカナAI');
    const newRef = (await entityCard.getAttribute('data-key'))!;
    await entityCard.locator('input.entity-name').fill('Sakana AI');
    await entityCard.locator('input.aliases').fill('サカナAI');

    // ¶1: Microsoft invested in it, dated by an edited property.
    await page.click('#curation .review-row:has([data-paragraph="1"]) .add-relationship');
    const invested = page.locator('#curation .cards[data-paragraph="1"] .suggestion.relationship[data-key^="hand-"]');
    await invested.locator('.end-from select').selectOption('microsoft');
    await invested.locator('.end-to select').selectOption(newRef);
    expect(await invested.locator('select[aria-label="Relationship type"]').inputValue()).toBe('INVESTED_IN');
    await invested.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-09');

    // ¶2: it competes with OpenAI: the type picked among those that fit, then the direction swapped.
    await page.click('#curation .review-row:has([data-paragraph="2"]) .add-relationship');
    const competes = page.locator('#curation .cards[data-paragraph="2"] .suggestion.relationship[data-key^="hand-"]');
    await competes.locator('.end-from select').selectOption(newRef);
    await competes.locator('.end-to select').selectOption('openai');
    const offered = await competes
      .locator('select[aria-label="Relationship type"] option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining(['COMPETES_WITH', 'PARTNERS_WITH', 'INVESTED_IN']));
    expect(offered).not.toContain('WORKS_FOR');
    await competes.locator('select[aria-label="Relationship type"]').selectOption('COMPETES_WITH');
    await competes.locator('button.swap').click();
    expect(await competes.locator('.headline').textContent()).toBe('OpenAI —competes with→ Sakana AI');
    // ¶3: a suggested fact the graph holds already, accepted: this article becomes a further citation.
    const held = page.locator('#curation .cards[data-paragraph="3"] .suggestion.relationship:not([data-key^="hand-"])');
    expect(await held.locator('.headline').textContent()).toBe('Microsoft —partners with→ OpenAI');
    expect(await held.locator('.badge.known').textContent()).toBe('in the graph: adds a citation');
    await held.locator('input.accept').check();

    for (const card of [invested, competes]) await card.locator('details.edit > summary').click();
    await page.locator('#curation .curation-body').evaluate((body) => body.scrollTo(0, 0));
    await screenshot(page, 'curation laptop review');

    // Nothing is written before the accept: the graph is as the ingest left it.
    const beforeAccept = await exported();
    await page.fill('#curation .accept-note', 'Sakana AI, from the test article');
    await page.click('#curation .accept-selected');
    await page.locator('#curation .written').waitFor();
    const newId = (await page.locator('#curation .written-entities button[data-id]').first().getAttribute('data-id'))!;
    expect(newId).toBe('sakana-ai');
    expect(await page.locator('#curation .written-summary').textContent()).toBe(
      '1 new entities, 2 new relationships, 0 claims; 1 relationships the graph held now cite this article too.',
    );

    // The picture was drawn again with the new entity in it.
    await settled(page);
    expect((await drawn(page)).nodes.map((n) => n.id)).toContain(newId);
    const around = (await getJson(`${server.url}/api/entities/${newId}/neighbors`)).body;
    const facts = around.edges.map((e: { type: string; source: string; target: string; sources: unknown[] }) => [
      e.type,
      e.source,
      e.target,
      e.sources,
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['INVESTED_IN', 'microsoft', newId, [{ source: documentId, paragraph: 1 }]],
        ['COMPETES_WITH', 'openai', newId, [{ source: documentId, paragraph: 2 }]],
      ]),
    );

    const microsoft = (await getJson(`${server.url}/api/entities/microsoft/neighbors`)).body;
    const partners = microsoft.edges.filter(
      (e: { type: string; source: string; target: string }) =>
        e.type === 'PARTNERS_WITH' && e.source === 'microsoft' && e.target === 'openai',
    );
    expect(partners).toHaveLength(1);
    expect(partners[0].sources).toContainEqual({ source: documentId, paragraph: 3 });

    // Its panel cites the article, with the paragraph's text open beside the citation.
    await page.click(`#curation .written-entities button[data-id="${newId}"]`);
    await settled(page);
    await page.locator(`#panel-body h2[data-entity="${newId}"]`).waitFor();
    const cited = page
      .locator(`#panel-body ul.sources li[data-source="${documentId}"] details.cited-paragraph[data-paragraph="1"]`)
      .first();
    await expect(cited.locator('blockquote').isVisible()).resolves.toBe(true);
    expect(await cited.locator('blockquote').textContent()).toBe(ARTICLE.paragraphs[0]);

    // The history lists the accept, by whom and why; reverting it restores the graph exactly.
    const accepted = page.locator('#panel-body .history-section li[data-action="accept"]');
    await accepted.waitFor();
    expect(await accepted.locator('.who').textContent()).toBe('cora');
    expect(await accepted.locator('.note').textContent()).toBe('Sakana AI, from the test article');
    await page.locator('#panel-body .history-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'curation laptop history');
    // The picture, still focused on the entity the revert deletes, asks for it once more: a 404.
    expectedErrors = new RegExp(`status of 404 .*/api/entities/${newId}\\b`);
    await accepted.locator('button.revert').click();
    await page.locator('#panel-body .history-section li[data-action="accept"] button.revert').waitFor({ state: 'detached' });
    await settled(page);
    expect(await exported()).toEqual(beforeAccept);
    expect((await getJson(`${server.url}/api/entities/${newId}`)).status).toBe(404);
  });

  it('fits a phone: sign-in, the review of an article and an entity’s history', async () => {
    const page = await open(PHONE);
    await page.click('#curator .sign-in-open');
    await page.fill('#curator input.token', CURATOR);
    await screenshot(page, 'curation phone sign in');
    await page.click('#curator .sign-in-form button[type=submit]');
    await page.locator('#curator .who').waitFor();
    await pasteArticle(page);
    const width = await page.evaluate(() => document.querySelector('#curation')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'curation phone review');
    await page.click('#curation .close');
    await searchAndPick(page, '#search-input', '#suggestions', 'マイクロソフト', 'microsoft');
    await settled(page);
    await page.locator('#panel-body .history-section li:not(.loading)').first().waitFor();
    await page.locator('#panel-body .history-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'curation phone history');
  });
});
