// Exploring the network: expanding and collapsing nodes, undo, the one-click views and the path
// finder, each read back from the cytoscape instance the page really drew.
import { clickNode, doubleClickNode, drawn, searchAndPick, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';
import { getJson } from '../support/test-server';

const suite = explorerSuite('explore-and-views');

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('exploring', () => {
  it('opens by asking for the schema, the sources and the picture once each, all at the start', async () => {
    const view = await suite.open(suite.server.url);
    const asked = await view.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => ['/api/schema', '/api/sources', '/api/graph'].includes(p)),
    );
    // The whole-graph view also gives the time slider its dates: no second /api/graph.
    expect(asked.sort()).toEqual(['/api/graph', '/api/schema', '/api/sources']);
  });

  it('expands a node on double-click: its neighbours appear, and undo takes them away', async () => {
    const view = await suite.open(`${suite.server.url}/?view=funds`);
    const { page } = view;
    const before = await drawn(page);
    expect(ids(before.nodes)).toEqual(expect.arrayContaining(['microsoft', 'openai']));
    const { body: around } = await getJson(`${suite.server.url}/api/entities/openai/neighbors?limit=300`);
    const fresh = (around.nodes as { id: string }[]).map((n) => n.id).filter((id) => !ids(before.nodes).includes(id));
    expect(fresh.length).toBeGreaterThan(5);

    await doubleClickNode(page, 'openai');
    await page.waitForFunction((id) => window.__explorer!.cy.getElementById(id).nonempty(), fresh[0]);
    const after = await drawn(page);
    expect(ids(after.nodes)).toEqual([...new Set([...ids(before.nodes), ...fresh])].sort());

    await page.click('#undo');
    await page.waitForFunction((n) => window.__explorer!.cy.nodes().length === n, before.nodes.length);
    expect(ids((await drawn(page)).nodes)).toEqual(ids(before.nodes));
  });

  it('expands from the panel button, collapses what hangs off a node alone, and removes a node', async () => {
    const view = await suite.open(`${suite.server.url}/?view=funds`);
    const { page } = view;
    await clickNode(page, 'microsoft');
    const { body: around } = await getJson(`${suite.server.url}/api/entities/microsoft/neighbors?limit=300`);
    const before = ids((await drawn(page)).nodes);
    const fresh = (around.nodes as { id: string }[]).map((n) => n.id).filter((id) => !before.includes(id));
    expect(fresh.length).toBeGreaterThan(0);
    await page.locator('#panel button[data-action="expand"]').click();
    await page.waitForFunction((id) => window.__explorer!.cy.getElementById(id).nonempty(), fresh[0]);
    const expanded = await drawn(page);
    for (const n of around.nodes as { id: string }[]) expect(ids(expanded.nodes)).toContain(n.id);

    await page.locator('#panel button[data-action="collapse"]').click();
    await page.waitForFunction((n) => window.__explorer!.cy.nodes().length < n, expanded.nodes.length);
    const collapsed = await drawn(page);
    // What linked only to Microsoft went away; what links elsewhere (OpenAI, Musk) stayed.
    expect(ids(collapsed.nodes)).toEqual(expect.arrayContaining(['elon-musk', 'microsoft', 'openai']));

    await clickNode(page, 'elon-musk');
    await page.locator('#panel button[data-action="remove"]').click();
    const removed = await drawn(page);
    expect(ids(removed.nodes)).not.toContain('elon-musk');
    expect(removed.edges.some((e) => e.source === 'elon-musk' || e.target === 'elon-musk')).toBe(false);
  });
});

describe('views', () => {
  it('Who funds whom draws Microsoft → OpenAI investments, funder to funded', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await page.click('button[data-view="funds"]');
    await settled(page);
    const graph = await drawn(page);
    const investments = graph.edges.filter((e) => e.source === 'microsoft' && e.target === 'openai' && e.type === 'INVESTED_IN');
    expect(investments.length).toBeGreaterThanOrEqual(1);
    expect(graph.edges.every((e) => e.type === 'INVESTED_IN')).toBe(true);
    const arrow = await page.evaluate((id) => window.__explorer!.cy.getElementById(id).style('target-arrow-shape'), investments[0].id);
    expect(arrow).toBe('triangle');
    await expect(page.locator('button[data-view="funds"]').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(new URL(page.url()).searchParams.get('view')).toBe('funds');
  });

  it('Compute sizes GPU clusters by their H100-equivalents', async () => {
    const view = await suite.open(`${suite.server.url}/?view=compute`);
    const sizes = await view.page.evaluate(() =>
      window
        .__explorer!.cy.nodes('[kind = "GPUCluster"]')
        .map((n) => ({ h100: Number(n.data('entity').h100Equivalents ?? 0), width: n.width() }))
        .filter((c: { h100: number }) => c.h100 > 0)
        .sort((a: { h100: number }, b: { h100: number }) => a.h100 - b.h100),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes[sizes.length - 1].width).toBeGreaterThan(sizes[0].width);
  });

  it('Claims shows people and the claims they made, coloured by the kind of claim', async () => {
    const view = await suite.open(`${suite.server.url}/?view=claims`);
    const colours = await view.page.evaluate(() => {
      const cy = window.__explorer!.cy;
      const byKind: Record<string, string> = {};
      cy.nodes('[kind = "Claim"]').forEach((n) => (byKind[n.data('claimKind')] = n.style('background-color')));
      return { byKind, types: [...new Set(cy.edges().map((e) => e.data('type')))] };
    });
    expect(colours.types).toEqual(['MADE_CLAIM']);
    expect(Object.keys(colours.byKind).length).toBeGreaterThanOrEqual(2);
    expect(new Set(Object.values(colours.byKind)).size).toBe(Object.keys(colours.byKind).length);
  });

  it('Petitions shows petitions with their authors, signatories and opponents', async () => {
    const view = await suite.open(suite.server.url);
    await view.page.click('button[data-view="petitions"]');
    await settled(view.page);
    const graph = await drawn(view.page);
    expect(graph.nodes.some((n) => n.kind === 'Petition')).toBe(true);
    expect(graph.edges.some((e) => e.type === 'SIGNED')).toBe(true);
  });

  it('the legend hides a kind and shows it again', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    // The canvas applies the legend on its next style pass: wait for it (bounded), then read.
    const claimsShown = (shown: boolean) =>
      page.waitForFunction(
        (want) =>
          window
            .__explorer!.cy.nodes(`[kind = "Claim"]`)
            .filter((n) => n.visible() !== want)
            .empty(),
        shown,
        {
          timeout: 10_000,
        },
      );
    await page.locator('#legend-kinds input[data-key="Claim"]').uncheck();
    await claimsShown(false);
    const hidden = await drawn(page);
    expect(hidden.nodes.filter((n) => n.kind === 'Claim').every((n) => !n.visible)).toBe(true);
    expect(hidden.nodes.filter((n) => n.kind === 'Person').every((n) => n.visible)).toBe(true);
    await page.locator('#legend-kinds input[data-key="Claim"]').check();
    await claimsShown(true);
    expect((await drawn(page)).nodes.filter((n) => n.kind === 'Claim').every((n) => n.visible)).toBe(true);
  });

  it('the time slider shows the graph as of an earlier date, with fewer relationships', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    const today = (await drawn(page)).edges.length;
    const slider = page.locator('#asof');
    await slider.focus();
    await page.keyboard.press('Home');
    await settled(page);
    const asOf = new URL(page.url()).searchParams.get('asOf');
    expect(asOf).toMatch(/^\d{4}/);
    const { body } = await getJson(`${suite.server.url}/api/graph?asOf=${asOf}`);
    const earlier = await drawn(page);
    expect(earlier.edges.length).toBe(body.edges.length);
    expect(earlier.edges.length).toBeLessThan(today);
    await expect(page.locator('#asof-label').textContent()).resolves.toBe(asOf);
  });
});

describe('the path finder', () => {
  it('finds and highlights every shortest path from Elon Musk to Microsoft, with evidence per hop', async () => {
    const view = await suite.open(suite.server.url);
    const { page } = view;
    await searchAndPick(page, '#path-from', '#path-from-suggestions', 'Elon Musk', 'elon-musk');
    await searchAndPick(page, '#path-to', '#path-to-suggestions', 'Microsoft', 'microsoft');
    await page.locator('#path-form [type="submit"]').click();
    await settled(page);

    const { body } = await getJson(`${suite.server.url}/api/paths?from=elon-musk&to=microsoft`);
    expect(body.paths.length).toBeGreaterThanOrEqual(1);
    const graph = await drawn(page);
    expect(ids(graph.nodes)).toEqual(expect.arrayContaining(['elon-musk', 'microsoft']));
    const pathEdges = new Set((body.paths as { edges: { id: string }[] }[]).flatMap((p) => p.edges.map((e) => e.id)));
    expect(ids(graph.edges)).toEqual([...pathEdges].sort());
    expect([...graph.nodes, ...graph.edges].every((e) => e.classes.includes('path'))).toBe(true);

    const panel = (await page.locator('#panel-body').textContent()) ?? '';
    const routes = body.paths as { nodes: { id: string; name: string }[]; edges: unknown[] }[];
    const hops = routes[0].nodes.length - 1;
    expect(panel).toContain(`${routes.length} route${routes.length > 1 ? 's' : ''} of ${hops} hop`);
    // One item per hop of each route, each listing every relationship of that hop.
    expect(await page.locator('#panel-body ol.hops > li').count()).toBe(routes.length * hops);
    expect(await page.locator('#panel-body ul.hop-ties > li').count()).toBe(routes.reduce((n, r) => n + r.edges.length, 0));
    expect(panel).toMatch(/¶\d+/);
    expect(new URL(page.url()).searchParams.get('path')).toBe('elon-musk,microsoft');

    // Avoiding the first route's first stop asks again; the link keeps it, and no route passes through it.
    const via = routes[0].nodes[1];
    await page
      .getByRole('button', { name: `Avoid ${via.name}`, exact: true })
      .first()
      .click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('avoid') === id, via.id);
    await settled(page);
    expect(ids((await drawn(page)).nodes)).not.toContain(via.id);
    await expect(page.getByRole('button', { name: `Stop avoiding ${via.name}` }).count()).resolves.toBe(1);
  });
});
