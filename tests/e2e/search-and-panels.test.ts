// A person searches in any script, opens panels for entities and edges, switches language and
// moves by keyboard: the real page, the real API and Neo4j with the seed, in Debian's Chromium.
import { clickEdge, clickNode, drawn, searchAndPick, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';
import { getJson } from '../support/test-server';

const suite = explorerSuite('search-and-panels');

describe('search and the entity panel', () => {
  it('finds Elon Musk from マスク, with his kind beside the suggestion, and opens his panel', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    const shown = await searchAndPick(page, '#search-input', '#suggestions', 'マスク', 'elon-musk');
    expect(shown[0]).toEqual({ id: 'elon-musk', text: expect.stringContaining('Person') });
    await settled(page);

    await page.locator('#panel').waitFor({ state: 'visible' });
    await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe('Elon Musk');
    const panel = (await page.locator('#panel-body').textContent()) ?? '';
    // Aliases, grouped relationships, his claims and the documents behind them.
    expect(panel).toContain('イーロン・マスク');
    expect(panel).toMatch(/invested in/i);
    expect(panel).toMatch(/Claims made/);
    const { body: source } = await getJson(`${suite.server.url}/api/sources`);
    const titles = (source.items as { titleEn?: string; title?: string }[]).map((s) => s.titleEn ?? s.title);
    expect(titles.some((t) => t && panel.includes(t))).toBe(true);
    expect(panel).toMatch(/¶\d+/);

    // The picture is centred on him and the URL says so.
    const graph = await drawn(page);
    expect(graph.nodes.find((n) => n.id === 'elon-musk')?.classes).toContain('focus');
    const { body: around } = await getJson(`${suite.server.url}/api/entities/elon-musk/neighbors`);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual((around.nodes as { id: string }[]).map((n) => n.id).sort());
    expect(new URL(page.url()).searchParams.get('focus')).toBe('elon-musk');
  });

  it('picks a search result with at most four requests: the panel reuses the neighbourhood the picture drew', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      // The suggestions' own requests (/api/entities?q=) come before the pick.
      if (url.pathname.startsWith('/api/') && !url.searchParams.has('q')) asked.push(url.pathname + url.search);
    });
    await searchAndPick(page, '#search-input', '#suggestions', 'Elon Musk', 'elon-musk');
    await settled(page);
    await page.locator('#panel-body h2').first().waitFor();
    await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe('Elon Musk');
    expect(asked.length).toBeLessThanOrEqual(4);
    expect(asked.filter((p) => p.startsWith('/api/entities/elon-musk/neighbors'))).toHaveLength(1);
    expect(asked.filter((p) => p.startsWith('/api/claims?'))).toHaveLength(2);
    // He made predictions, so his track record too.
    expect(asked.filter((p) => p.startsWith('/api/claims/track-record?by=elon-musk'))).toHaveLength(1);
  });

  it('finds entities by their Chinese and English names too', async () => {
    const view = await suite.open(suite.server.url);
    await searchAndPick(view.page, '#search-input', '#suggestions', '马斯克', 'elon-musk');
    await settled(view.page);
    await searchAndPick(view.page, '#search-input', '#suggestions', 'Microsoft', 'microsoft');
    await settled(view.page);
    await expect(view.page.locator('#panel-body h2').first().textContent()).resolves.toBe('Microsoft');
  });

  it('says what to try when nothing matches', async () => {
    const view = await suite.open(suite.server.url);
    await view.page.type('#search-input', 'zzqxv-nothing', { delay: 20 });
    const empty = view.page.locator('#suggestions li').first();
    await empty.waitFor({ state: 'visible' });
    await expect(empty.textContent()).resolves.toMatch(/no match/i);
  });

  it('opens an edge panel that says who reported the relationship', async () => {
    const view = await suite.open(`${suite.server.url}/?view=funds`);
    const { page } = view;
    const edgeId = 'microsoft:INVESTED_IN:openai:2019';
    await clickEdge(page, edgeId);
    const panel = (await page.locator('#panel-body').textContent()) ?? '';
    expect(panel).toMatch(/invested in/i);
    expect(panel).toMatch(/Microsoft/);
    expect(panel).toMatch(/says who/i);
    expect(panel).toMatch(/¶\d+/);
  });

  it('names a web page outside the documents as one, linked to its address, and an inferred citation as an inference', async () => {
    const view = await suite.open(`${suite.server.url}/?focus=github`);
    await view.page.locator('#panel-body h2').first().waitFor();
    const outside = view.page.locator('#panel-body ul.sources li', { hasText: 'a page outside the curated documents' }).first();
    await expect(outside.locator('a').getAttribute('href')).resolves.toBe(
      'https://news.microsoft.com/2018/10/26/microsoft-completes-github-acquisition/',
    );
    await expect(outside.locator('a').getAttribute('rel')).resolves.toBe('noopener noreferrer');
    // Somewhere on an entity's panel, a relationship resting on an inference says so.
    const inferred = await (await fetch(`${suite.server.url}/api/relationships?limit=200`)).json();
    const edge = (inferred.items as { source: string; sources: { basis?: string }[] }[]).find((e) =>
      e.sources.some((s) => s.basis === 'inference'),
    )!;
    const other = await suite.open(`${suite.server.url}/?focus=${edge.source}`);
    await other.page.locator('#panel-body h2').first().waitFor();
    await expect(other.page.locator('#panel-body .sources .inference').count()).resolves.toBeGreaterThan(0);
  });

  it('switches names to Japanese and back', async () => {
    const view = await suite.open(`${suite.server.url}/?focus=elon-musk`);
    const { page } = view;
    const label = () => page.evaluate(() => window.__explorer!.cy.getElementById('elon-musk').data('label'));
    await expect(label()).resolves.toBe('Elon Musk');
    await page.selectOption('#lang-toggle', 'ja');
    await settled(page);
    await expect(label()).resolves.toBe('イーロン・マスク');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ja');
    await page.selectOption('#lang-toggle', 'en');
    await settled(page);
    await expect(label()).resolves.toBe('Elon Musk');
  });

  it('answers the keyboard: / focuses search, Escape closes the panel, Tab shows where focus is', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await clickNode(page, 'openai');
    await page.locator('#panel').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden' });

    await page.mouse.click(5, 5);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused.tag).not.toBe('BODY');
    expect(focused.outline).not.toBe('none');
    expect(focused.width).toBeGreaterThan(0);
  });
});

describe('search ranks and resolves what people type', () => {
  it('lists suggestions grouped by kind, the exact match first, and opens it on Enter', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await page.type('#search-input', 'OpenAI', { delay: 30 });
    await page.locator('#suggestions li[data-id="openai"]').waitFor({ state: 'visible' });
    const shown = await page.locator('#suggestions li[data-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
    expect(shown[0]).toBe('openai');
    const groups = await page.locator('#suggestions li.group').allTextContents();
    expect(groups[0]).toBe('Organization');
    expect(new Set(groups).size).toBe(groups.length);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'openai');
    await settled(page);
    await expect(page.locator('#panel-body h2').first().textContent()).resolves.toBe('OpenAI');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('openai');
  });

  it('shows the list to pick from, rather than opening anything, when Enter follows a name that is not exact', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await page.type('#search-input', 'Micro', { delay: 30 });
    await page.locator('#suggestions li[data-id="microsoft"]').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('#suggestions li', { hasText: /pick one/i }).waitFor({ state: 'visible' });
    await expect(page.locator('#suggestions li[data-id="microsoft"]').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
  });

  it('finds paths between names typed but not picked, and asks which one is meant when a name is not exact', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await page.fill('#path-from', 'イーロンマスク');
    await page.fill('#path-to', 'Open');
    await page.locator('#path-form [type="submit"]').click();
    await page.locator('#path-to-suggestions li', { hasText: /pick one/i }).waitFor({ state: 'visible' });
    await page.locator('#status', { hasText: 'Which “Open”' }).waitFor();
    expect(new URL(page.url()).searchParams.get('path')).toBeNull();

    // Enter in a box picks its exact match and asks for the paths.
    await page.fill('#path-to', '微软');
    await page.locator('#path-to').press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('path') === 'elon-musk,microsoft');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('path')).toBe('elon-musk,microsoft');
    await expect(page.locator('#path-from').inputValue()).resolves.not.toMatch(/elon-musk/);
    await expect(page.locator('#path-to').inputValue()).resolves.not.toBe('microsoft');
  });

  it('says in names, never ids, that two entities are not linked', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    const { body } = await getJson(`${suite.server.url}/api/paths?from=elon-musk&to=new-york-times`);
    expect(body.paths).toEqual([]);
    await page.fill('#path-from', 'Elon Musk');
    await page.fill('#path-to', 'The New York Times');
    await page.locator('#path-to').press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('path') === 'elon-musk,new-york-times');
    await settled(page);
    const panel = (await page.locator('#panel-body').textContent()) ?? '';
    expect(panel).toMatch(/No path found/);
    expect(panel).toContain('Elon Musk → The New York Times');
    expect(panel).not.toMatch(/elon-musk|new-york-times/);
    await expect(page.locator('#path-from').inputValue()).resolves.toBe('Elon Musk');
    await expect(page.locator('#path-to').inputValue()).resolves.toBe('The New York Times');
  });
});
