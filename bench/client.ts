// The explorer page in headless Chromium against the benchmark's server: time to first render,
// drawing subgraphs of growing size, expanding a hub, and frames per second while panning.
// Timings are taken inside the page (performance.now) so the automation channel adds nothing.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser';

export interface ClientFigures {
  firstRenderMs?: number;
  firstRenderNodes?: number;
  subgraphs: { nodes: number; edges: number; fetchMs: number; drawMs: number }[];
  expandHub?: { p50Ms: number; samples: number[]; nodesAdded: number };
  fps: { nodes: number; fps: number }[];
}

type PageExplorer = { ready: boolean; firstRenderMs?: number; cy: { nodes(): { length: number } } };

// tsx (esbuild) names functions with a `__name` helper that exists in Node, not in the page.
const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((f) => f);';

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(NAME_HELPER);
  return page;
}

async function openExplorer(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __explorer?: PageExplorer }).__explorer?.ready === true, undefined, { timeout: 60_000 });
  return page;
}

/** From navigation start to the first frame painted after the explorer has drawn its graph. */
export async function measureFirstRender(browser: Browser, url: string, repeats: number): Promise<{ ms: number; nodes: number }> {
  const samples: number[] = [];
  let nodes = 0;
  for (let i = 0; i < repeats; i++) {
    const page = await newPage(browser);
    await page.goto(url);
    const at = await page.waitForFunction(
      () => {
        const ex = (window as unknown as { __explorer?: PageExplorer }).__explorer;
        if (!ex?.ready || ex.cy.nodes().length === 0) return false;
        // The explorer's own mark (navigation to first painted frame) where it keeps one.
        return [ex.firstRenderMs ?? performance.now(), ex.cy.nodes().length];
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const [ms, count] = (await at.jsonValue()) as [number, number];
    samples.push(ms);
    nodes = count;
    await page.close();
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], nodes };
}

/** Fetches a subgraph of about `nodes` nodes from the real API, then times drawing it. */
async function drawSubgraph(page: Page, nodes: number): Promise<{ nodes: number; edges: number; fetchMs: number; drawMs: number }> {
  return page.evaluate(async (want) => {
    const t0 = performance.now();
    const res = await fetch(`/api/graph?limit=${Math.min(20000, want * 2)}`);
    const graph = (await res.json()) as { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    const keep = new Set(graph.nodes.slice(0, want).map((n) => n.id));
    const sub = { nodes: graph.nodes.slice(0, want), edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
    const t1 = performance.now();
    const ex = (window as unknown as { __explorer: { draw(g: unknown): void } }).__explorer;
    ex.draw(sub);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t2 = performance.now();
    return { nodes: sub.nodes.length, edges: sub.edges.length, fetchMs: t1 - t0, drawMs: t2 - t1 };
  }, nodes);
}

/** Frames per second over `seconds` of scripted panning with a zoom step every ten frames. */
async function panFps(page: Page, seconds: number): Promise<number> {
  return page.evaluate(async (duration) => {
    const cy = (window as unknown as { __explorer: { cy: { panBy(p: { x: number; y: number }): void; zoom(): number; zoom(z: number): void } } }).__explorer.cy;
    // Let the draw settle (layout end, fit, pending requests) before counting frames.
    await new Promise((r) => setTimeout(r, 500));
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const step = () => {
        frames++;
        cy.panBy({ x: frames % 120 < 60 ? 6 : -6, y: frames % 80 < 40 ? 4 : -4 });
        if (frames % 10 === 0) cy.zoom(cy.zoom() * (frames % 20 === 0 ? 1.05 : 1 / 1.05));
        if (performance.now() - start < duration * 1000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return frames / ((performance.now() - start) / 1000);
  }, seconds);
}

/** Expands `hub` from a small starting view, `repeats` times, each from the same view. */
async function expandHub(page: Page, start: string, hub: string, repeats: number): Promise<{ p50Ms: number; samples: number[]; nodesAdded: number }> {
  const samples: number[] = [];
  let nodesAdded = 0;
  for (let i = 0; i < repeats; i++) {
    const result = await page.evaluate(
      async ([startId, hubId]) => {
        const ex = (window as unknown as {
          __explorer: { draw(g: unknown, focus?: string): void; expand(id: string): Promise<void>; cy: { nodes(): { length: number } } };
        }).__explorer;
        const base = await (await fetch(`/api/entities/${encodeURIComponent(startId)}/neighbors?depth=1&limit=30`)).json();
        base.nodes.push((await (await fetch(`/api/entities/${encodeURIComponent(hubId)}`)).json()).entity);
        ex.draw(base, startId);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const before = ex.cy.nodes().length;
        const t = performance.now();
        await ex.expand(hubId);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { ms: performance.now() - t, added: ex.cy.nodes().length - before };
      },
      [start, hub] as const,
    );
    samples.push(result.ms);
    nodesAdded = result.added;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: sorted[Math.floor(sorted.length / 2)], samples, nodesAdded };
}

export async function measureClient(
  url: string,
  options: { subgraphSizes: number[]; fpsSizes: number[]; fpsSeconds: number; hub: string; start: string; expandRepeats: number; log: (line: string) => void },
): Promise<Omit<ClientFigures, 'firstRenderMs' | 'firstRenderNodes'>> {
  const browser = await launchBrowser();
  try {
    const page = await openExplorer(browser, url);
    const subgraphs: ClientFigures['subgraphs'] = [];
    const fps: ClientFigures['fps'] = [];
    for (const size of options.subgraphSizes) {
      const drawn = await drawSubgraph(page, size);
      subgraphs.push(drawn);
      options.log(`  drew ${drawn.nodes} nodes / ${drawn.edges} edges in ${Math.round(drawn.drawMs)} ms (fetch ${Math.round(drawn.fetchMs)} ms)`);
      if (options.fpsSizes.includes(size)) {
        const f = await panFps(page, options.fpsSeconds);
        fps.push({ nodes: drawn.nodes, fps: f });
        options.log(`  panning ${drawn.nodes} nodes: ${f.toFixed(1)} frames/s`);
      }
    }
    const expandHubFigures = await expandHub(page, options.start, options.hub, options.expandRepeats);
    options.log(`  expanding ${options.hub}: p50 ${Math.round(expandHubFigures.p50Ms)} ms, ${expandHubFigures.nodesAdded} nodes added`);
    return { subgraphs, fps, expandHub: expandHubFigures };
  } finally {
    await browser.close();
  }
}

export async function measureSeedRender(url: string, repeats: number): Promise<{ ms: number; nodes: number }> {
  const browser = await launchBrowser();
  try {
    return await measureFirstRender(browser, url, repeats);
  } finally {
    await browser.close();
  }
}
