// Drives the explorer page in the real browser and reads back what cytoscape really drew, through
// the instance the page exposes on window.__explorer. Every problem the page reports (console
// errors, uncaught exceptions, Content-Security-Policy violations) is collected for the test to assert on.
import type { Browser, BrowserContext, Page } from 'playwright-core';
// Type only: declares window.__explorer, the page's one test handle.
import type {} from '../../client/test-handle';

export interface PageProblems {
  errors: string[];
}

export interface DrawnGraph {
  nodes: { id: string; kind: string; label: string; classes: string[]; visible: boolean }[];
  edges: { id: string; source: string; target: string; type: string; classes: string[]; visible: boolean }[];
}

export interface ExplorerPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  close(): Promise<void>;
}

/** A fresh browser context (own storage, clipboard allowed) on `url`, watched for problems. */
export async function openExplorer(browser: Browser, url: string, viewport = { width: 1366, height: 800 }): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await settled(page);
  return { context, page, problems, close: () => context.close() };
}

/** Waits until the page has started and has finished every render it was asked for (its own "drawn" signal). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__explorer?.ready === true, null, { timeout: 60_000 });
  await page.evaluate(() => window.__explorer!.idle());
  await page.waitForFunction(() => window.__explorer!.finished === window.__explorer!.requested, null, { timeout: 60_000 });
  // A panel opened outside a render (a click on the entity already in focus) loads on its own:
  // the page marks the stage busy while any API request is in flight.
  await page.waitForFunction(() => document.querySelector('.stage')?.getAttribute('aria-busy') !== 'true', null, { timeout: 60_000 });
}

/** The elements on the canvas as cytoscape holds them. */
export function drawn(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    const cy = window.__explorer!.cy;
    return {
      nodes: cy
        .nodes()
        .map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), classes: n.classes(), visible: n.visible() })),
      edges: cy.edges().map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        type: e.data('type'),
        classes: e.classes(),
        visible: e.visible(),
      })),
    };
  });
}

/** Clicks an edge where it is drawn, as a person would, and waits for its panel. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((edgeId) => {
    const cy = window.__explorer!.cy;
    const edge = cy.getElementById(edgeId);
    if (edge.empty()) throw new Error(`edge ${edgeId} is not drawn`);
    cy.center(edge);
    const box = cy.container()!.getBoundingClientRect();
    const p = edge.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
  await page.locator(`#panel-body h2[data-edge="${id}"]`).waitFor();
}

/** Clicks (or double-clicks) a node where it is drawn on screen, as a person would. */
export async function clickNode(page: Page, id: string, clickCount: 1 | 2 = 1): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__explorer!.cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) throw new Error(`node ${nodeId} is not drawn`);
    // Bring it into view first: a node off-canvas cannot be clicked.
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y, { clickCount, delay: 20 });
}

/** Types into a search box and picks the suggestion for `id`; returns the suggestions shown. */
export async function searchAndPick(
  page: Page,
  input: string,
  list: string,
  text: string,
  id: string,
): Promise<{ id: string; text: string }[]> {
  await page.fill(input, '');
  await page.type(input, text, { delay: 30 });
  const option = page.locator(`${list} li[data-id="${id}"]`);
  await option.waitFor({ state: 'visible', timeout: 15_000 });
  const shown = await page
    .locator(`${list} li[data-id]`)
    .evaluateAll((items) => items.map((li) => ({ id: (li as HTMLElement).dataset.id!, text: li.textContent ?? '' })));
  await option.click();
  return shown;
}

/**
 * Double-clicks a node as a person does, until cytoscape reports the double tap. Cytoscape counts
 * two clicks as one double-click only within 250 ms of each other by the browser's own event
 * timestamps; on a machine shared with other test runs the browser can stamp the second click late,
 * and then a person simply double-clicks again. Fails after three tries.
 */
export async function doubleClickNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const w = window as Window & { __dbltapped?: boolean };
    w.__dbltapped = false;
    window.__explorer!.cy.getElementById(nodeId).once('dbltap', () => (w.__dbltapped = true));
  }, id);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await clickNode(page, id, 2);
    if (await page.evaluate(() => (window as Window & { __dbltapped?: boolean }).__dbltapped)) return;
    await page.waitForTimeout(400);
  }
  throw new Error(`three double-clicks on ${id} never reached cytoscape as a dbltap`);
}
