// The overview sized by PageRank and coloured by community: the choice comes from the view's URL,
// OpenAI is drawn largest, the groups' colours reach the nodes, and the legend lists the groups.
import { openExplorer, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';

const suite = explorerSuite('analytics-picture');

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
});
