// The overview sized by PageRank and coloured by community: the choice comes from the view's URL,
// OpenAI is drawn largest, the groups' colours reach the nodes, and the legend lists the groups.
// The key players are the API's top entities for the view, and a pick focuses one, by mouse, by
// keyboard and on a phone.
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { drawn, openExplorer, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';
import { getJson } from '../support/test-server';

const suite = explorerSuite('analytics-picture');
const PHONE = { width: 390, height: 844 };

/** The key players listed, once the list has its answer. */
async function keyPlayers(page: Page): Promise<{ id: string; name: string; current: boolean }[]> {
  await page.locator('#key-players button').first().waitFor({ timeout: 60_000 });
  return page
    .locator('#key-players button')
    .evaluateAll((buttons) =>
      buttons.map((b) => ({ id: b.getAttribute('data-id')!, name: b.textContent, current: b.getAttribute('aria-current') === 'true' })),
    );
}

/** The API's top ten for a query of /api/analytics/centrality. */
async function topTen(query: string): Promise<{ id: string; name: string }[]> {
  const { body } = await getJson(`${suite.server.url}/api/analytics/centrality?${query}&limit=10`);
  return (body.items as { entity: { id: string; name: string } }[]).map((i) => ({ id: i.entity.id, name: i.entity.name }));
}

/** The picture is centred on `id`, its panel is open under its name, and the URL says so. */
async function expectFocused(page: Page, id: string, name: string): Promise<void> {
  await page.waitForFunction((wanted) => new URL(location.href).searchParams.get('focus') === wanted, id);
  await settled(page);
  const graph = await drawn(page);
  expect(graph.nodes.find((n) => n.id === id)?.classes).toContain('focus');
  await page.locator('#panel').waitFor({ state: 'visible' });
  await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe(name);
}

type Painted = { id: string; size?: number; colour?: string; width: number };

const painted = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    window
      .__explorer!.cy.nodes()
      .map((n): Painted => ({ id: n.id(), size: n.data('measureSize'), colour: n.data('groupColour'), width: n.width() })),
  );

describe('the picture by analytics', () => {
  it('sizes the overview by PageRank and colours it by community, from the URL, with a legend of the groups', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=all&size=pagerank&groups=1`);
    await page.waitForFunction(() => window.__explorer!.cy.nodes('[measureSize][groupColour]').nonempty(), null, { timeout: 60_000 });
    await settled(page);
    const nodes = await painted(page);
    const openai = nodes.find((n) => n.id === 'openai')!;
    expect(openai.width).toBe(Math.max(...nodes.map((n) => n.width)));
    expect(openai.size).toBe(openai.width);
    // Claims are outside the default slice: they keep their kind's size and colour.
    const claims = nodes.filter((n) => n.id.startsWith('claim-'));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((n) => n.size === undefined && n.colour === undefined)).toBe(true);
    const colours = new Set(nodes.map((n) => n.colour).filter(Boolean));
    expect(colours.size).toBeGreaterThan(3);
    const meta = nodes.find((n) => n.id === 'meta')!;
    expect(nodes.find((n) => n.id === 'llama-3')!.colour).toBe(meta.colour);
    expect(nodes.find((n) => n.id === 'xai')!.colour).not.toBe(meta.colour);
    const legend = await page.locator('#legend-groups li').allTextContents();
    const communities = await (await fetch(`${suite.server.url}/api/analytics/communities?limit=1`)).json();
    expect(legend.length).toBe(communities.groups.length);
    expect(legend.join('\n')).toMatch(/^Meta \(\d+\)$/m);
    await expect(page.locator('#size-by').inputValue()).resolves.toBe('pagerank');
    await expect(page.locator('#colour-groups').isChecked()).resolves.toBe(true);
  });

  it('puts the choice made in the sidebar into the URL, so a copied link reopens it', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=funds`);
    await page.selectOption('#size-by', 'degree');
    await page.waitForFunction(() => window.__explorer!.cy.nodes('[measureSize]').nonempty(), null, { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('size')).toBe('degree');
    const reopened = await openExplorer(suite.browser, page.url());
    try {
      await reopened.page.waitForFunction(() => window.__explorer!.cy.nodes('[measureSize]').nonempty(), null, { timeout: 60_000 });
      await settled(reopened.page);
      const sizes = await painted(reopened.page);
      // In the funding view OpenAI has the most rounds (four), so it is drawn largest.
      expect(sizes.find((n) => n.id === 'openai')!.size).toBe(Math.max(...sizes.map((n) => n.size ?? 0)));
      expect(reopened.problems.errors).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it('lists the view’s key players by PageRank when no measure is chosen, as the API ranks them, and a click focuses one', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=all`);
    await settled(page);
    const listed = await keyPlayers(page);
    expect(listed.map(({ id, name }) => ({ id, name }))).toEqual(await topTen('measure=pagerank'));
    expect(listed.map((p) => p.id).slice(0, 3)).toContain('openai');
    await expect(page.locator('#key-players-measure').textContent()).resolves.toBe('By PageRank, over this view');

    const second = listed[1];
    await page.click(`#key-players button[data-id="${second.id}"]`);
    await expectFocused(page, second.id, second.name);
    // The list stays, now marking the entity shown.
    expect((await keyPlayers(page)).filter((p) => p.current).map((p) => p.id)).toEqual([second.id]);
    await screenshot(page, 'analytics-picture key players laptop');
  });

  it('follows the chosen measure and the view’s slice, and answers the keyboard', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=funds&size=degree`);
    await settled(page);
    const listed = await keyPlayers(page);
    expect(listed.map(({ id, name }) => ({ id, name }))).toEqual(await topTen('measure=degree&types=INVESTED_IN'));
    // Four funding rounds received: OpenAI leads the funding view by degree.
    expect(listed[0].id).toBe('openai');

    const third = listed[2];
    await page.locator(`#key-players button[data-id="${third.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expectFocused(page, third.id, third.name);
    expect(new URL(page.url()).searchParams.get('size')).toBe('degree');
  });

  it('on a phone, a key player picked in the filters drawer closes it and shows the picture with the panel', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=all`, PHONE);
    await settled(page);
    await page.click('#filters-toggle');
    const listed = await keyPlayers(page);
    await page.locator('#key-players').scrollIntoViewIfNeeded();
    await screenshot(page, 'analytics-picture key players phone drawer');
    await page.click(`#key-players button[data-id="${listed[0].id}"]`);
    await expectFocused(page, listed[0].id, listed[0].name);
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await expect(page.locator('#filters-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });
});
