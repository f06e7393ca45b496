// Run by hand against a running app: `npx tsx tests/support/docs-capture.ts http://localhost:3000`.
// Saves the README's screenshots (docs/who-funds-whom.png, docs/entity-panel.png) and measures the
// render time of the full seed graph: navigation start to the page's 'explorer:first-render'
// performance mark, taken after cytoscape painted the first frame of /api/graph. Median of several
// cold page loads, each in a fresh browser context (no cache).
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { openExplorer, searchAndPick, settled } from './explorer-page';

const DOCS = path.resolve(__dirname, '../../docs');

/** No request in flight: the page's loading badge is gone. */
async function idle(page: Page) {
  await page.waitForFunction(() => !document.body.classList.contains('loading'), null, { timeout: 30_000 });
}

async function main() {
  const url = process.argv[2] ?? 'http://localhost:3000';
  const runs = Number(process.argv[3] ?? 7);
  mkdirSync(DOCS, { recursive: true });
  const browser = await launchBrowser();
  try {
    const timings: { firstRender: number; graphReceived: number | null; elements: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const view = await openExplorer(browser, `${url}/?view=all`);
      timings.push(
        await view.page.evaluate(() => {
          const mark = performance.getEntriesByName('explorer:first-render')[0] as PerformanceMark | undefined;
          if (!mark) throw new Error('the page set no explorer:first-render mark');
          const graphFetch = performance
            .getEntriesByType('resource')
            .filter((r) => /\/api\/graph(\?|$)/.test(r.name))
            .map((r) => (r as PerformanceResourceTiming).responseEnd);
          return {
            firstRender: Math.round(mark.startTime),
            graphReceived: graphFetch.length ? Math.round(Math.max(...graphFetch)) : null,
            elements: (window as any).__explorer.cy.elements().length,
          };
        }),
      );
      process.stdout.write(`run ${i + 1}: ${JSON.stringify(timings[i])}\n`);
      if (view.problems.errors.length) process.stdout.write(`  page problems: ${view.problems.errors.join(' | ')}\n`);
      await view.close();
    }
    const sorted = timings.map((t) => t.firstRender).sort((a, b) => a - b);
    process.stdout.write(
      `first render of the full seed graph: median ${sorted[Math.floor(sorted.length / 2)]} ms, min ${sorted[0]} ms, max ${sorted[sorted.length - 1]} ms over ${runs} loads\n`,
    );

    const funds = await openExplorer(browser, `${url}/?view=funds`, { width: 1100, height: 560 });
    await idle(funds.page);
    await funds.page.screenshot({ path: path.join(DOCS, 'who-funds-whom.png') });
    await funds.close();

    const panel = await openExplorer(browser, url, { width: 1200, height: 720 });
    await searchAndPick(panel.page, '#search-input', '#suggestions', 'マスク', 'elon-musk');
    await settled(panel.page);
    await panel.page.locator('#panel').waitFor({ state: 'visible' });
    await idle(panel.page);
    await panel.page.screenshot({ path: path.join(DOCS, 'entity-panel.png') });
    await panel.close();
    for (const name of ['who-funds-whom.png', 'entity-panel.png'])
      process.stdout.write(`docs/${name}: ${Math.round(statSync(path.join(DOCS, name)).size / 1024)} KB\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
