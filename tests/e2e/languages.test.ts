// The interface in the reader's language, in the real page: the switch offers English, 日本語 and
// 中文; choosing one sets `<html lang>`, writes the legend with the schema document's titles in
// that language, the toolbar, sidebar and panels with the catalogue's words and the panels'
// property labels with the schema's, and keeps the language in the URL, so a link with `lang=zh`
// opens in Chinese. Each screen is also left as a screenshot on a laptop and a phone, for a person
// to check that nothing overflows.
import type { Page } from 'playwright-core';
import { CATALOGUES } from '../../client/i18n/i18n';
import type { SchemaDocument } from '../../graph-schema/contract';
import { settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';
import { getJson } from '../support/test-server';

const suite = explorerSuite('languages');
const LAPTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const TAGS = { ja: 'ja', zh: 'zh-Hans' } as const;

const schema = async (): Promise<SchemaDocument> => (await getJson(`${suite.server.url}/api/schema`)).body as SchemaDocument;
const relationshipOf = (doc: SchemaDocument, type: string) => doc.relationships.find((r) => r.type === type)!;
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** What a reader of `lang` must see on the home screen: the schema's titles and the catalogue's words. */
async function expectHomeIn(page: Page, lang: 'ja' | 'zh') {
  const words = CATALOGUES[lang];
  const { kinds, relationships } = await schema();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(TAGS[lang]);
  expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
  await expect(page.locator('#lang-toggle').inputValue()).resolves.toBe(lang);
  await expect(texts(page, '#legend-kinds li')).resolves.toEqual(kinds.map((k) => k.titles[lang]));
  await expect(texts(page, '#legend-types li')).resolves.toEqual(relationships.map((r) => r.titles[lang]));
  const claim = kinds.find((k) => k.palettes.claimKind)!;
  await expect(text(page, '#legend-claims li[data-value="prediction"]')).resolves.toBe(claim.valueTitles.claimKind.prediction[lang]);
  await expect(text(page, '#share')).resolves.toBe(words.share);
  await expect(text(page, '[data-view="funds"]')).resolves.toBe(words.viewFunds);
  await expect(text(page, '#sidebar h2')).resolves.toBe(words.pathFinder);
  await expect(text(page, '#path-form button[type="submit"]')).resolves.toBe(words.findPaths);
  await expect(page.locator('#search-input').getAttribute('placeholder')).resolves.toBe(words.searchPlaceholder);
  await expect(page.locator('#zoom-in').getAttribute('aria-label')).resolves.toBe(words.zoomIn);
  await expect(page.locator('#lang-toggle').getAttribute('aria-label')).resolves.toBe(words.language);
}

describe('the language switch', () => {
  it('offers English, 日本語 and 中文 under an accessible name', async () => {
    const { page } = await suite.open(suite.server.url, LAPTOP);
    await expect(texts(page, '#lang-toggle option')).resolves.toEqual(['English', '日本語', '中文']);
    await expect(page.locator('#lang-toggle').getAttribute('aria-label')).resolves.toBe('Language');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  });

  it('turns the home screen Japanese, then Chinese, keeping the language in the URL', async () => {
    const { page } = await suite.open(suite.server.url, LAPTOP);
    await page.selectOption('#lang-toggle', 'ja');
    await settled(page);
    await expectHomeIn(page, 'ja');
    await page.selectOption('#lang-toggle', 'zh');
    await settled(page);
    await expectHomeIn(page, 'zh');
    await page.selectOption('#lang-toggle', 'en');
    await settled(page);
    await expect(text(page, '#share')).resolves.toBe(CATALOGUES.en.share);
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  });

  it('writes an open entity panel again in the language chosen', async () => {
    const { page } = await suite.open(`${suite.server.url}/?focus=openai`, LAPTOP);
    await page.locator('#panel-body h2[data-entity="openai"]').waitFor();
    await page.selectOption('#lang-toggle', 'ja');
    await settled(page);
    await expect(text(page, '#panel-body h2')).resolves.toBe('オープンAI');
    await expect(texts(page, '#panel-body h3')).resolves.toContain(CATALOGUES.ja.sources);
    await expect(text(page, '#panel-body [data-action="expand"]')).resolves.toBe(CATALOGUES.ja.expand);
  });

  it('writes the routes of a path again in the language chosen', async () => {
    const { page } = await suite.open(`${suite.server.url}/?path=elon-musk,microsoft`, LAPTOP);
    await page.locator('#panel-body .paths-title').waitFor();
    await page.selectOption('#lang-toggle', 'zh');
    await settled(page);
    await expect(text(page, '#panel-body .kind')).resolves.toBe(CATALOGUES.zh.pathFinder);
    await expect(page.locator('#path-max-hops').getAttribute('aria-label')).resolves.toBe(CATALOGUES.zh.longestRoute);
    await expect(text(page, '#panel-body h3')).resolves.toMatch(/^路径1：埃隆·马斯克 → /);
    const edgeLabels = await page.evaluate(() => window.__explorer!.cy.edges().map((e) => e.data('label') as string));
    expect(edgeLabels).toContain(relationshipOf(await schema(), 'INVESTED_IN').titles.zh);
    expect(edgeLabels).not.toContain(relationshipOf(await schema(), 'INVESTED_IN').title);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
  });
});

describe.each([
  ['a laptop', LAPTOP],
  ['a phone', PHONE],
])('a link in another language, on %s', (_device, viewport) => {
  it.each(['ja', 'zh'] as const)('opens the home screen in %s', async (lang) => {
    const { page } = await suite.open(`${suite.server.url}/?lang=${lang}`, viewport);
    await expectHomeIn(page, lang);
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
  });

  it.each(['ja', 'zh'] as const)('opens the menu in %s with its views and tools in view', async (lang) => {
    const { page } = await suite.open(`${suite.server.url}/?lang=${lang}`, viewport);
    if (await page.locator('#menu-toggle').isVisible()) await page.click('#menu-toggle');
    await expect(page.locator('#lang-toggle').isVisible()).resolves.toBe(true);
    await expect(text(page, '#tables-open')).resolves.toBe(CATALOGUES[lang].tables);
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
  });

  it.each(['ja', 'zh'] as const)('opens an entity panel in %s', async (lang) => {
    const words = CATALOGUES[lang];
    const { kinds, relationships } = await schema();
    const { page } = await suite.open(`${suite.server.url}/?focus=openai&lang=${lang}`, viewport);
    await page.locator('#panel-body h2[data-entity="openai"]').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(TAGS[lang]);
    await expect(text(page, '#panel-body h2')).resolves.toBe(lang === 'ja' ? 'オープンAI' : 'OpenAI公司');
    const organization = kinds.find((k) => k.label === 'Organization')!;
    await expect(text(page, '#panel-body .kind')).resolves.toBe(organization.titles[lang]);
    // OpenAI's record has every property its kind features: each labelled as the schema labels it in the language.
    await expect(texts(page, '#panel-body dl.props dt')).resolves.toEqual(
      organization.featured.map((p) => organization.propertyInfo[p].labels![lang]),
    );
    await expect(text(page, '#panel-body dl.props dd')).resolves.toBe(organization.valueTitles.orgType.company[lang]);
    const headings = await texts(page, '#panel-body h3');
    expect(headings).toContain(words.sources);
    expect(headings.some((h) => h.startsWith(words.relationshipsCount.split('{')[0]))).toBe(true);
    const investors = relationships.find((r) => r.type === 'INVESTED_IN')!.titles[lang];
    await expect(texts(page, '#panel-body h4')).resolves.toContainEqual(expect.stringMatching(new RegExp(`^${investors} \\(\\d+\\)$`)));
    await expect(text(page, '#panel-body .rels summary')).resolves.toBe(words.saysWho);
    await expect(text(page, '#panel-body .track-record h3')).resolves.toBe(words.trackRecord);
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
  });
});

describe.each(['ja', 'zh'] as const)('the words beyond the home screen, in %s', (lang) => {
  const words = CATALOGUES[lang];

  it('labels a GPU cluster’s figures and counts its chips in the language', async () => {
    const { kinds } = await schema();
    const cluster = kinds.find((k) => k.label === 'GPUCluster')!;
    const { page } = await suite.open(`${suite.server.url}/?focus=xai-colossus&lang=${lang}`, LAPTOP);
    await page.locator('#panel-body h2[data-entity="xai-colossus"]').waitFor();
    const labels = await texts(page, '#panel-body dl.props dt');
    const info = cluster.propertyInfo;
    expect(labels).toEqual(expect.arrayContaining([info.chipCount.labels![lang], info.h100Equivalents.labels![lang]]));
    expect(labels).not.toContain(info.chipCount.label);
    const values = await texts(page, '#panel-body dl.props dd');
    expect(values[labels.indexOf(info.chipCount.labels![lang])]).toBe(`100,000${info.chipCount.units![lang]}`);
  });

  it('writes the evidence of a path and the source it opens', async () => {
    const { page } = await suite.open(`${suite.server.url}/?path=elon-musk,microsoft&lang=${lang}`, LAPTOP);
    await page.locator('#panel-body .paths-title').waitFor();
    const citation = page.locator('#panel-body .hop-ties ul.sources > li').first();
    await expect(text(page, '#panel-body .hop-ties .text-not-stored')).resolves.toBe(`· ${words.textNotStored}`);
    await citation.locator('button.source-link').click();
    await page.locator('#panel-body h2[data-source]').waitFor();
    // The document's own title for a reader of its language, the English one for the others.
    const id = await page.locator('#panel-body h2[data-source]').getAttribute('data-source');
    const { source } = (await getJson(`${suite.server.url}/api/sources/${id}`)).body as { source: Record<string, string> };
    await expect(text(page, '#panel-body h2')).resolves.toBe(source.language === lang ? source.title : (source.titleEn ?? source.title));
    const { kinds } = await schema();
    await expect(text(page, '#panel-body .kind')).resolves.toBe(kinds.find((k) => k.label === 'Source')!.titles[lang]);
    await expect(text(page, '#panel-body p.text-not-stored')).resolves.toBe(words.textNotStoredHere);
    await expect(text(page, '#panel-body h3')).resolves.toMatch(new RegExp(`^${words.factsDrawn.split('{')[0]}`));
  });

  it('writes the answer tables: tabs, readings and column headings', async () => {
    const { page } = await suite.open(`${suite.server.url}/?table=funding&lang=${lang}`, LAPTOP);
    await page.locator('#answer-tables th').first().waitFor();
    await expect(text(page, '#answer-tables [data-table="funding"]')).resolves.toBe(words.tableFunding);
    await expect(text(page, '#answer-tables [data-mode="received"]')).resolves.toBe(words.modeReceived);
    await expect(page.locator('#tables-close').getAttribute('aria-label')).resolves.toBe(words.tablesClose);
    const headings = (await texts(page, '#answer-tables th button')).map((h) => h.replace(/[▲▼↕\s]+$/u, ''));
    expect(headings.slice(0, 2)).toEqual([words.colInvestor, words.colInvestee]);
  });

  it('writes the sidebar analytics, the curator’s sign-in and the search’s empty answer', async () => {
    const { page } = await suite.open(`${suite.server.url}/?lang=${lang}`, LAPTOP);
    await expect(text(page, '#curator .sign-in-open')).resolves.toBe(words.signIn);
    await expect(text(page, '#key-players-title')).resolves.toBe(words.keyPlayers);
    await expect(page.locator('#size-by').getAttribute('aria-label')).resolves.toBe(words.sizeNodesBy);
    await page.type('#search-input', 'zzqxv-nothing', { delay: 20 });
    await page.locator('#suggestions li.empty').waitFor({ state: 'visible' });
    await expect(text(page, '#suggestions li.empty')).resolves.toBe(words.noMatch.replace('{text}', 'zzqxv-nothing'));
  });

  it('says in the panel that a linked entity is not in the graph', async () => {
    suite.expectedErrors = /status of 404/;
    const { page } = await suite.open(`${suite.server.url}/?focus=no-such-entity-here&lang=${lang}`, LAPTOP);
    await page.locator('#panel-body h2.not-found').waitFor();
    await expect(text(page, '#panel-body .kind')).resolves.toBe(words.notFound);
    await expect(text(page, '#panel-body h2.not-found')).resolves.toBe(words.noEntity.replace('{id}', 'no-such-entity-here'));
    await expect(text(page, '#panel-body [data-action="overview"]')).resolves.toBe(words.showWholeGraph);
  });
});
