// The answer tables beside the picture: each opens from its own URL, sorts from its header (by
// mouse and keyboard, with aria-sort), keeps its sort in the URL, downloads what it shows as CSV,
// fits a phone by scrolling inside itself, and a row focuses the picture on its entity.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { drawn, openExplorer, settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';

const suite = explorerSuite('answer-tables');
const LAPTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g)) {
    row.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
      if (m[2] === '') break;
    }
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

async function downloadCsv(page: Page): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tables-csv')]);
  return { name: download.suggestedFilename(), rows: parseCsv(readFileSync(await download.path(), 'utf8')) };
}

const table = (page: Page) => page.locator('#answer-tables table');
const sortedBy = (page: Page) =>
  page
    .locator('#answer-tables th[aria-sort]:not([aria-sort="none"])')
    .evaluate((th) => [th.querySelector('button')!.dataset.sort, th.getAttribute('aria-sort')]);
const column = (page: Page, key: string) => page.locator(`#answer-tables tbody td[data-col="${key}"]`).allTextContents();
const params = (page: Page) => new URL(page.url()).searchParams;

/** A screenshot at another window size, the picture fitted to it as a reader would, then back. */
async function screenshotAt(page: Page, size: typeof LAPTOP, name: string, back: typeof LAPTOP): Promise<void> {
  await page.setViewportSize(size);
  // On a phone the Fit button waits behind the menu; the button's own action is what is wanted here.
  await page.evaluate(() => document.getElementById('fit')!.click());
  await page.waitForTimeout(300);
  await screenshot(page, name);
  await page.setViewportSize(back);
}

describe('answer tables', () => {
  it('compute: opens from its URL sorted by H100-equivalents, re-sorts, downloads CSV and focuses a row’s owner', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=compute&table=compute&sort=h100e`, LAPTOP);
    await table(page).waitFor();
    await expect(sortedBy(page)).resolves.toEqual(['h100e', 'descending']);
    const totals = (await column(page, 'h100e')).map((t) => Number(t.replace(/[^\d]/g, '') || -1));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const owners = await column(page, 'owner');
    const xai = owners.indexOf('xAI');
    expect((await column(page, 'built'))[xai]).toBe('115,000');
    // The cluster OpenAI trains on counts for Microsoft, which operates it, and says so.
    expect((await column(page, 'names'))[owners.indexOf('Microsoft')]).toMatch(/Microsoft’s; used by [^)]*OpenAI/);
    await screenshot(page, 'answer-tables compute laptop');
    await screenshotAt(page, PHONE, 'answer-tables compute phone', LAPTOP);

    await page.click('#answer-tables th button[data-sort="built"]');
    await expect(sortedBy(page)).resolves.toEqual(['built', 'descending']);
    expect((await column(page, 'owner'))[0]).toBe('xAI');
    expect(params(page).get('sort')).toBe('built');
    expect(params(page).get('view')).toBe('compute');

    const csv = await downloadCsv(page);
    expect(csv.name).toBe('ai-industry-compute.csv');
    const [header, ...rows] = csv.rows;
    expect(header).toEqual([
      'Owner',
      'Clusters',
      'Which (whose; used by)',
      'Chips',
      'H100-equivalents',
      'Built (H100e)',
      'Planned (H100e)',
      'As of',
      'Source',
    ]);
    const xaiRow = rows.find((r) => r[0] === 'xAI')!;
    expect(xaiRow.slice(1, 2).concat(xaiRow.slice(3, 8))).toEqual(['2', '115000', '115000', '115000', '', '2024-07']);
    expect(xaiRow[8]).not.toBe('');

    await page.click('#answer-tables button[data-id="xai"]');
    await settled(page);
    expect(params(page).get('focus')).toBe('xai');
    expect(params(page).get('table')).toBe('compute');
    const focused = (await drawn(page)).nodes.find((n) => n.id === 'xai');
    expect(focused?.classes).toContain('focus');
    await page.locator('#panel').waitFor({ state: 'visible' });
  });

  it('funding: lists Microsoft’s three investments in OpenAI, sorts by date from the keyboard, and totals received', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=funds&table=funding`, LAPTOP);
    await table(page).waitFor();
    await expect(sortedBy(page)).resolves.toEqual(['date', 'descending']);
    await page.focus('#answer-tables th button[data-sort="date"]');
    await page.keyboard.press('Enter');
    await expect(sortedBy(page)).resolves.toEqual(['date', 'ascending']);
    const dates = (await column(page, 'date')).filter((d) => d !== '–');
    expect(dates).toEqual([...dates].sort());
    await screenshot(page, 'answer-tables funding laptop');
    await screenshotAt(page, PHONE, 'answer-tables funding phone', LAPTOP);

    const csv = await downloadCsv(page);
    expect(csv.rows[0]).toEqual(['Investor', 'Investee', 'Date', 'Round', 'Amount', 'Currency', 'Source']);
    const microsoft = csv.rows.filter((r) => r[0] === 'Microsoft' && r[1] === 'OpenAI');
    expect(microsoft.map((r) => [r[2], r[3]])).toEqual([
      ['2019', 'first'],
      ['2021', 'second'],
      ['2023-01', 'third'],
    ]);
    expect(microsoft.every((r) => /¶\d/.test(r[6]))).toBe(true);

    const reopened = await openExplorer(suite.browser, page.url(), LAPTOP);
    try {
      await table(reopened.page).waitFor();
      await expect(sortedBy(reopened.page)).resolves.toEqual(['date', 'ascending']);
      expect(reopened.problems.errors).toEqual([]);
    } finally {
      await reopened.close();
    }

    await page.click('#answer-tables button[data-mode="received"]');
    await page.locator('#answer-tables th button[data-sort="unknown"]').waitFor();
    expect(params(page).get('mode')).toBe('received');
    const entities = await column(page, 'entity');
    expect(Number((await column(page, 'count'))[entities.indexOf('OpenAI')])).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'answer-tables funding totals laptop');
  });

  it('predictions: sorted by due date with their statuses, and on a phone the table scrolls inside itself', async () => {
    const { page } = await suite.open(`${suite.server.url}/?table=predictions`, PHONE);
    await table(page).waitFor();
    await expect(sortedBy(page)).resolves.toEqual(['due', 'ascending']);
    const due = await column(page, 'due');
    const dated = due.filter((d) => d !== '–');
    expect(dated.length).toBeGreaterThan(3);
    expect(dated).toEqual([...dated].sort());
    expect(due.slice(dated.length).every((d) => d === '–')).toBe(true);
    const statuses = new Set(await column(page, 'status'));
    for (const s of statuses) expect(['open', 'due', 'overdue', 'came true', 'partly', 'did not', 'unresolvable']).toContain(s);
    const widths = await page.evaluate(() => {
      const body = document.querySelector('.tables-scroll')!;
      return { page: document.documentElement.scrollWidth, table: body.scrollWidth, box: body.clientWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.table).toBeGreaterThan(widths.box);
    await screenshot(page, 'answer-tables predictions phone');
    await screenshotAt(page, LAPTOP, 'answer-tables predictions laptop', PHONE);

    const csv = await downloadCsv(page);
    expect(csv.rows[0]).toEqual(['Who', 'What', 'Stated', 'Due', 'Status', 'Source']);
    expect(csv.rows.slice(1, dated.length + 1).map((r) => r[3])).toEqual(dated);

    const claim = await page.locator('#answer-tables td[data-col="what"] button').first().getAttribute('data-id');
    await page.locator('#answer-tables td[data-col="what"] button').first().click();
    await settled(page);
    expect(params(page).get('focus')).toBe(claim);
    expect((await drawn(page)).nodes.find((n) => n.id === claim)?.classes).toContain('focus');
  });
});
