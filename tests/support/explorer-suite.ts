// The life of one browser test file: the real app on a test server and one Chromium for the file;
// each test opens its page through `suite.open`, and after it comes a screenshot, the page closed,
// and a failure for any console error, uncaught exception or CSP violation the test did not
// announce in `suite.expectedErrors` (such as the 503s it causes on purpose).
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';
import { openExplorer, type ExplorerPage } from './explorer-page';
import { startTestServer, type TestServer } from './test-server';

export interface ExplorerSuite {
  server: TestServer;
  browser: Browser;
  /** The page the current test opened; closed and checked after the test. */
  view?: ExplorerPage;
  expectedErrors?: RegExp;
  open(url: string, viewport?: { width: number; height: number }): Promise<ExplorerPage>;
}

export function explorerSuite(name: string): ExplorerSuite {
  const suite = {
    async open(url: string, viewport?: { width: number; height: number }) {
      suite.view = await openExplorer(suite.browser, url, viewport);
      return suite.view;
    },
  } as ExplorerSuite;
  beforeAll(async () => {
    suite.server = await startTestServer();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  afterEach(async () => {
    const view = suite.view;
    const expected = suite.expectedErrors;
    suite.view = undefined;
    suite.expectedErrors = undefined;
    if (!view) return;
    await screenshot(view.page, `${name} ${expect.getState().currentTestName}`);
    const problems = view.problems.errors.filter((e) => !expected?.test(e));
    await view.close();
    // What the server logged (its 5xx codes and messages) says why a request the page made failed.
    const serverSaid = problems.length ? suite.server.logs.slice(-10) : [];
    expect({ problems, serverSaid }).toEqual({ problems: [], serverSaid: [] });
  });
  return suite;
}
