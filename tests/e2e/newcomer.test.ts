// A newcomer's first minutes in the real page: on a phone the toolbar is one row and the panel a
// bottom sheet that leaves the picture in view; starter questions, worked out from the data, open
// the views that answer them; a link to an unknown entity says so and offers search; and axe-core,
// run inside the page, finds no serious or critical violation on the main screens.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { drawn, searchAndPick, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';
import { getJson } from '../support/test-server';

const suite = explorerSuite('newcomer');
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1400, height: 900 };

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The serious and critical violations axe-core finds in the page as it is now. */
async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  // Evaluated through the DevTools protocol, which the page's script policy does not govern.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const { violations } = await inPage.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

describe('on a phone', () => {
  it('keeps the toolbar to one row: the views and tools wait behind the menu, which a choice closes', async () => {
    const { page } = await suite.open(suite.server.url, PHONE);
    const [search, filters, menu, signIn] = await Promise.all(
      ['#search-input', '#filters-toggle', '#menu-toggle', '#curator button'].map((s) => box(page, s)),
    );
    for (const control of [filters, menu, signIn])
      expect(Math.abs(control.y + control.height / 2 - (search.y + search.height / 2))).toBeLessThan(4);
    // One row of controls (a second would add some 40 px): 265 px of 844 before the phone layout.
    expect((await box(page, '.topbar')).height).toBeLessThan(64);
    await expect(page.locator('button[data-view="funds"]').isVisible()).resolves.toBe(false);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.click('#menu-toggle');
    await expect(page.locator('#menu-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await screenshot(page, 'newcomer phone menu open');
    await page.click('button[data-view="funds"]');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('funds');
    await page.locator('#menu').waitFor({ state: 'hidden' });
    await expect(page.locator('#menu-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
    expect((await drawn(page)).edges.every((e) => e.type === 'INVESTED_IN')).toBe(true);
  });

  it('opens an entity in a bottom sheet below the picture, which collapses to its title', async () => {
    const { page } = await suite.open(`${suite.server.url}/?focus=openai`, PHONE);
    await page.locator('#panel-body h2').first().waitFor();
    const stage = await box(page, '.stage');
    const sheet = await box(page, '#panel');
    // Below the picture, not over it, across the whole width, and the picture keeps most of the screen.
    expect(sheet.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
    expect(sheet.width).toBe(PHONE.width);
    expect(stage.height).toBeGreaterThan(PHONE.height * 0.4);
    const focus = await page.evaluate(() => {
      const cy = window.__explorer!.cy;
      const p = cy.getElementById('openai').renderedPosition();
      return { x: p.x, y: p.y, width: cy.width(), height: cy.height() };
    });
    expect(focus.x).toBeGreaterThan(0);
    expect(focus.x).toBeLessThan(focus.width);
    expect(focus.y).toBeGreaterThan(0);
    expect(focus.y).toBeLessThan(focus.height);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'newcomer phone entity sheet');

    await page.click('#panel-collapse');
    await expect(page.locator('#panel-collapse').getAttribute('aria-expanded')).resolves.toBe('false');
    expect((await box(page, '#panel')).height).toBeLessThan(120);
    await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe('OpenAI');
    expect((await box(page, '.stage')).height).toBeGreaterThan(stage.height + 200);
    await screenshot(page, 'newcomer phone sheet collapsed');

    await page.click('#panel-collapse');
    await expect(page.locator('#panel-collapse').getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await box(page, '#panel')).height).toBeCloseTo(sheet.height, -1);
  });
});

describe('the first picture', () => {
  it('shows the actors, with claims and sources loaded but unticked, and the Claims view shows the claims again', async () => {
    const { page } = await suite.open(suite.server.url, LAPTOP);
    const first = await drawn(page);
    const shownKinds = new Set(first.nodes.filter((n) => n.visible).map((n) => n.kind));
    expect([...shownKinds]).toEqual(expect.arrayContaining(['Person', 'Organization']));
    expect([...shownKinds]).not.toContain('Claim');
    expect([...shownKinds]).not.toContain('Source');
    expect(first.nodes.some((n) => n.kind === 'Claim')).toBe(true);
    await expect(page.locator('#legend-kinds input[data-key="Claim"]').isChecked()).resolves.toBe(false);

    await page.click('button[data-view="claims"]');
    await settled(page);
    const claims = (await drawn(page)).nodes.filter((n) => n.kind === 'Claim');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((n) => n.visible)).toBe(true);
  });
});

describe('on a laptop', () => {
  it('keeps the views and tools in the toolbar, with no menu button, and the panel beside the picture', async () => {
    const { page } = await suite.open(`${suite.server.url}/?focus=openai`, LAPTOP);
    await page.locator('#panel-body h2').first().waitFor();
    await expect(page.locator('#menu-toggle').isVisible()).resolves.toBe(false);
    await expect(page.locator('button[data-view="funds"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#share').isVisible()).resolves.toBe(true);
    const stage = await box(page, '.stage');
    const panel = await box(page, '#panel');
    expect(panel.x).toBeGreaterThanOrEqual(stage.x + stage.width - 1);
    expect(panel.height).toBeGreaterThan(LAPTOP.height * 0.8);
  });
});

describe('starter questions', () => {
  it('asks who funds the organisation the data says is most funded, and opens the funding view with its panel', async () => {
    const { body } = await getJson(`${suite.server.url}/api/graph?types=INVESTED_IN`);
    const funded = new Map<string, number>();
    for (const e of body.edges as { target: string }[]) funded.set(e.target, (funded.get(e.target) ?? 0) + 1);
    const [top] = [...funded].sort((a, b) => b[1] - a[1])[0];
    const name = (body.nodes as { id: string; name: string }[]).find((n) => n.id === top)!.name;

    const { page } = await suite.open(suite.server.url, LAPTOP);
    await page.locator('#starters').waitFor({ state: 'visible' });
    const question = page.locator('#starter-list a', { hasText: `Who funds ${name}?` });
    await expect(question.getAttribute('href')).resolves.toMatch(/view=funds/);
    await screenshot(page, 'newcomer laptop starter questions');
    await question.click();
    await settled(page);
    await page.locator('#panel-body h2', { hasText: name }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('funds');
    const graph = await drawn(page);
    expect(graph.edges.every((e) => e.type === 'INVESTED_IN')).toBe(true);
    expect(graph.edges.filter((e) => e.target === top)).toHaveLength(funded.get(top)!);
  });

  it('asks how two central actors are linked, and draws the path between them', async () => {
    const { page } = await suite.open(suite.server.url, LAPTOP);
    const question = page.locator('#starter-list a', { hasText: /^How is .+ linked to .+\?$/ });
    await question.waitFor();
    await question.click();
    await settled(page);
    const ends = new URL(page.url()).searchParams.get('path')!.split(',');
    expect(ends).toHaveLength(2);
    const graph = await drawn(page);
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(ends));
    expect(graph.edges.length).toBeGreaterThan(1);
    expect(graph.edges.every((e) => e.classes.includes('path'))).toBe(true);
    await expect(page.locator('#starters').isVisible()).resolves.toBe(false);
  });

  it('can be closed, and keeps to three questions on a phone', async () => {
    const { page } = await suite.open(suite.server.url, PHONE);
    await page.locator('#starters').waitFor({ state: 'visible' });
    expect(await page.locator('#starter-list li:visible').count()).toBe(3);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'newcomer phone starter questions');
    await page.click('#starters-close');
    await page.locator('#starters').waitFor({ state: 'hidden' });
  });
});

describe('an unknown entity', () => {
  it('says the link names no entity, focuses that message and offers a search filled with its words', async () => {
    suite.expectedErrors = /status of 404/;
    const { page } = await suite.open(`${suite.server.url}/?focus=sam-altmann`, LAPTOP);
    const heading = page.locator('#panel-body h2.not-found');
    await expect(heading.textContent()).resolves.toContain('sam-altmann');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('not-found'))).resolves.toBe(true);
    await expect(page.locator('#panel-body').textContent()).resolves.not.toContain('Loading');
    await page.click('[data-action="search-missing"]');
    await expect(page.inputValue('#search-input')).resolves.toBe('sam altmann');
    await page.locator('#suggestions li[data-id="sam-altman"]').click();
    await settled(page);
    await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe('Sam Altman');
  });

  it('leads back to the whole graph', async () => {
    suite.expectedErrors = /status of 404/;
    const { page } = await suite.open(`${suite.server.url}/?focus=no-such-entity`, PHONE);
    await page.locator('#panel-body h2.not-found').waitFor();
    await screenshot(page, 'newcomer phone unknown entity');
    await page.click('[data-action="overview"]');
    await settled(page);
    expect(new URL(page.url()).searchParams.has('focus')).toBe(false);
    expect((await drawn(page)).nodes.length).toBeGreaterThan(50);
    await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
  });
});

describe('the keyboard', () => {
  it('goes on at the name of the entity once a search result is picked, and Tab reaches the panel next', async () => {
    const { page } = await suite.open(suite.server.url, LAPTOP);
    await searchAndPick(page, '#search-input', '#suggestions', 'OpenAI', 'openai');
    await settled(page);
    await page.locator('#panel-body h2[data-entity="openai"]').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-entity'))).resolves.toBe('openai');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('#panel')))).resolves.toBe(true);
  });

  it('keeps focus on the language switch when the panel is drawn again in the other language', async () => {
    const { page } = await suite.open(`${suite.server.url}/?focus=elon-musk`, LAPTOP);
    await page.locator('#panel-body h2[data-entity="elon-musk"]').waitFor();
    await page.focus('#lang-toggle');
    await page.selectOption('#lang-toggle', 'ja');
    await settled(page);
    await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe('イーロン・マスク');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lang-toggle');
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['the home screen on a laptop', '/', LAPTOP],
    ['an entity panel on a laptop', '/?focus=openai', LAPTOP],
    ['a path result on a laptop', '/?path=elon-musk,microsoft', LAPTOP],
    ['the home screen on a phone', '/', PHONE],
    ['an entity sheet on a phone', '/?focus=elon-musk', PHONE],
  ])('finds no serious or critical violation on %s', async (_name, path, viewport) => {
    const { page } = await suite.open(`${suite.server.url}${path}`, viewport);
    await page
      .locator('#panel-body h2')
      .first()
      .waitFor({ state: path === '/' ? 'detached' : 'visible' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds none with the phone menu open, nor on the unknown-entity message', async () => {
    suite.expectedErrors = /status of 404/;
    const { page } = await suite.open(`${suite.server.url}/?focus=no-such-entity`, PHONE);
    await page.locator('#panel-body h2.not-found').waitFor();
    await page.click('#menu-toggle');
    expect(await axeViolations(page)).toEqual([]);
  });
});
