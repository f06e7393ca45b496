// A copied link reopens the same picture; exports hold what is on screen; the page says so when
// the API is down (never a blank canvas) and recovers on its own; a narrow window still works.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUES } from '../../client/i18n/i18n';
import { screenshot, SCREENSHOT_DIR } from '../support/browser';
import { clickNode, drawn, openExplorer, searchAndPick, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';

const suite = explorerSuite('sharing-and-states');

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** Clicks "Copy link" and answers what reached the clipboard. */
async function copyLink(page: import('playwright-core').Page, copied: string | RegExp = CATALOGUES.en.linkCopied): Promise<string> {
  await page.click('#share');
  await page.locator('#status').filter({ hasText: copied }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('sharing and export', () => {
  it('a copied link reopens the same view: focus, filters, language', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await searchAndPick(page, '#search-input', '#suggestions', 'OpenAI', 'openai');
    await settled(page);
    await page.locator('#legend-kinds input[data-key="Claim"]').uncheck();
    await page.selectOption('#lang-toggle', 'ja');
    await settled(page);
    // The page now speaks Japanese, the status line too.
    const link = await copyLink(page, CATALOGUES.ja.linkCopied);
    expect(link).toBe(page.url());
    const original = await drawn(page);
    const panelTitle = await page.locator('#panel-body h2').first().textContent();

    const reopened = await openExplorer(suite.browser, link);
    try {
      const again = await drawn(reopened.page);
      expect(ids(again.nodes)).toEqual(ids(original.nodes));
      expect(ids(again.edges)).toEqual(ids(original.edges));
      const visible = (g: typeof original) =>
        g.nodes
          .filter((n) => n.visible)
          .map((n) => `${n.id}=${n.label}`)
          .sort();
      expect(visible(again)).toEqual(visible(original));
      expect(again.nodes.filter((n) => n.kind === 'Claim').every((n) => !n.visible)).toBe(true);
      await expect(reopened.page.locator('#legend-kinds input[data-key="Claim"]').isChecked()).resolves.toBe(false);
      await reopened.page.locator('#panel').waitFor({ state: 'visible' });
      await expect(reopened.page.locator('#panel-body h2').first().textContent()).resolves.toBe(panelTitle);
      await screenshot(reopened.page, 'sharing-and-states reopened link');
      expect(reopened.problems.errors).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it('a copied link after an expansion, a removal, a layout change and a zoom reopens the same picture', async () => {
    const view = await suite.open(`${suite.server.url}/?view=funds`);
    const { page } = view;
    await settled(page);
    const before = ids((await drawn(page)).nodes);
    await clickNode(page, 'openai', 2);
    await page.waitForFunction((n) => window.__explorer!.cy.nodes().length > n, before.length);
    await settled(page);
    const added = ids((await drawn(page)).nodes).filter((id) => !before.includes(id));
    expect(added.length).toBeGreaterThan(0);
    // Remove one of the nodes the expansion brought, with the keyboard.
    await page.evaluate((id) => {
      const cy = window.__explorer!.cy;
      cy.nodes().unselect();
      cy.getElementById(id).select();
    }, added[0]);
    await page.locator('#cy').focus();
    await page.keyboard.press('Delete');
    await page.waitForFunction((id) => window.__explorer!.cy.getElementById(id).empty(), added[0]);
    await page.selectOption('#layout', 'concentric');
    await page.click('#zoom-in');
    const link = await copyLink(page);
    expect(new URL(link).searchParams.get('edits')).toBe(`+openai,-${added[0]}`);
    const original = await drawn(page);
    const zoom = await page.evaluate(() => window.__explorer!.cy.zoom());

    const reopened = await openExplorer(suite.browser, link);
    try {
      await reopened.page.waitForFunction((n) => window.__explorer!.cy.nodes().length === n, original.nodes.length);
      const again = await drawn(reopened.page);
      expect(ids(again.nodes)).toEqual(ids(original.nodes));
      expect(ids(again.edges)).toEqual(ids(original.edges));
      await expect(reopened.page.locator('#layout').inputValue()).resolves.toBe('concentric');
      expect(await reopened.page.evaluate(() => window.__explorer!.cy.zoom())).toBeCloseTo(zoom, 2);
      // The reopened picture's edits are the reader's own: undo takes the removal back.
      await reopened.page.click('#undo');
      await reopened.page.waitForFunction((id) => window.__explorer!.cy.getElementById(id).nonempty(), added[0]);
      expect(new URL(reopened.page.url()).searchParams.get('edits')).toBe('+openai');
      expect(reopened.problems.errors).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it('a link to a path reopens the path', async () => {
    const view = await suite.open(`${suite.server.url}/?path=elon-musk,microsoft`);
    const graph = await drawn(view.page);
    expect(ids(graph.nodes)).toEqual(expect.arrayContaining(['elon-musk', 'microsoft']));
    expect(graph.edges.every((e) => e.classes.includes('path'))).toBe(true);
  });

  it('exports the view as JSON and as PNG', async () => {
    const view = await suite.open(`${suite.server.url}/?view=funds`);
    const { page } = view;
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
    const graph = await drawn(page);
    expect(ids(exported.nodes)).toEqual(ids(graph.nodes));
    expect(ids(exported.edges)).toEqual(ids(graph.edges));

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = readFileSync(await png.path());
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(1000);
    // The picture with a title and legend over it and the as-of date, sources and link under it:
    // taller than the picture alone (drawn at twice the CSS pixels).
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const picture = await page.evaluate(() => {
      const box = window.__explorer!.cy.elements().renderedBoundingBox();
      return { w: box.w / window.__explorer!.cy.zoom(), h: box.h / window.__explorer!.cy.zoom() };
    });
    expect(width).toBeGreaterThanOrEqual(1800);
    expect(height).toBeGreaterThan(picture.h * 2 + 100);
    writeFileSync(path.join(SCREENSHOT_DIR, 'sharing-and-states exported picture.png'), bytes);
  });
});

describe('states', () => {
  it('shows the down banner when the API answers 503, and recovers when it is back', async () => {
    suite.expectedErrors = /status of 503/;
    const context = await suite.browser.newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    const down = JSON.stringify({ error: { code: 'DATABASE_UNAVAILABLE', message: 'the database does not answer', details: [] } });
    await page.route('**/api/**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: down }));
    suite.view = { context, page, problems: { errors }, close: () => context.close() };

    await page.goto(suite.server.url);
    const banner = page.locator('#banner');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    await expect(banner.textContent()).resolves.toMatch(/unavailable|down/i);
    // Never a blank, silent canvas: the status line says what is going on too.
    await expect(page.locator('#status').textContent()).resolves.not.toBe('');
    await screenshot(page, 'sharing-and-states api down');

    await page.unroute('**/api/**');
    // The page's own signal that it drew again, not the banner alone: the banner can hide before a redraw.
    await page.waitForFunction(() => window.__explorer?.lastOutcome === 'drawn', null, { timeout: 30_000 });
    await banner.waitFor({ state: 'hidden', timeout: 30_000 });
    await settled(page);
    expect((await drawn(page)).nodes.length).toBeGreaterThan(50);
  });

  it('shows what to try when a view is empty', async () => {
    // No lawsuit in the seed is dated before 1900 (undated relationships hold at every date, so a
    // type that has some would not be empty).
    const view = await suite.open(`${suite.server.url}/?types=SUED&asOf=1900`);
    await expect(view.page.locator('#status').textContent()).resolves.toMatch(/time slider|another view/i);
    expect((await drawn(view.page)).nodes).toEqual([]);
  });

  it('works in a narrow window: search, panel and filters stay reachable', async () => {
    const view = await suite.open(suite.server.url, { width: 420, height: 800 });
    const { page } = view;
    await searchAndPick(page, '#search-input', '#suggestions', 'マスク', 'elon-musk');
    await settled(page);
    await page.locator('#panel').waitFor({ state: 'visible' });
    const panel = await page.locator('#panel').boundingBox();
    expect(panel!.width).toBeLessThanOrEqual(420);
    await page.keyboard.press('Escape');
    await page.locator('#filters-toggle').click();
    await page.locator('#legend-kinds').waitFor({ state: 'visible' });
    await page.locator('#path-from').waitFor({ state: 'visible' });
  });
});
