// Predictions as a track record in the explorer: a speaker's panel tallies what they predicted and
// how it turned out, with the numbers GET /api/claims/track-record answers, at laptop and phone
// size; an entity that predicted nothing shows none. A signed-in curator records an outcome from a
// prediction's panel: a refusal names its field, a change made meanwhile is refused (412) rather
// than overwritten, and the outcome that goes through is in the panel, its history and
// GET /api/history; the claim is restored afterwards, so the suites after this one read the seed.
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { settled } from '../support/explorer-page';
import { explorerSuite } from '../support/explorer-suite';
import { getJson, TEST_TOKEN } from '../support/test-server';

const suite = explorerSuite('track-record-panel');
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };

/** The panel of `id`, opened as a link to it opens it. */
async function openPanel(viewport: { width: number; height: number }, id: string): Promise<Page> {
  const { page } = await suite.open(`${suite.server.url}/?focus=${encodeURIComponent(id)}`, viewport);
  await settled(page);
  await page.locator(`#panel-body h2[data-entity="${id}"]`).waitFor();
  return page;
}

/** The counts the panel's track record shows, by the answer's names for them. */
const shownCounts = (page: Page) =>
  page.$$eval('#panel-body .track-record [data-count]', (nodes) =>
    Object.fromEntries(nodes.map((n) => [(n as HTMLElement).dataset.count!, Number(n.textContent)])),
  );

async function signIn(page: Page): Promise<void> {
  await page.click('#curator .sign-in-open');
  await page.fill('#curator input.token', TEST_TOKEN);
  await page.click('#curator .sign-in-form button[type=submit]');
  await page.locator('#curator .who').waitFor();
}

describe('a track record in the entity panel', () => {
  it.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ])("tallies Elon Musk's predictions as the API does (%s)", async (_size, viewport) => {
    const { body: record } = await getJson(`${suite.server.url}/api/claims/track-record?by=elon-musk`);
    expect(record.counts.made).toBeGreaterThan(3);
    const page = await openPanel(viewport, 'elon-musk');
    const section = page.locator('#panel-body .track-record');
    await section.waitFor();
    await expect(shownCounts(page)).resolves.toEqual(record.counts);
    await expect(section.locator('h3').textContent()).resolves.toBe('Track record');
    // The bar has a segment per status that has any, sized by its count.
    const segments = await section
      .locator('.tally-bar > span')
      .evaluateAll((spans) => spans.map((s) => ({ title: s.getAttribute('title'), grow: Number((s as HTMLElement).style.flexGrow) })));
    expect(segments.reduce((n, s) => n + s.grow, 0)).toBe(record.counts.made);
    expect(segments.map((s) => s.title)).toContain(`came true: ${record.counts.cameTrue}`);

    await section.locator('summary').click();
    const listed = await section.locator('.predictions li button[data-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
    expect(listed).toEqual(record.predictions.map((p: { claim: { id: string } }) => p.claim.id));
    await section.scrollIntoViewIfNeeded();
  });

  it('shows none for an entity that made no prediction', async () => {
    const url = suite.server.url;
    const { body: predictions } = await getJson(`${url}/api/claims?kind=prediction&limit=200`);
    const speakers = new Set((predictions.items as { claimants: { id: string }[] }[]).flatMap((p) => p.claimants.map((c) => c.id)));
    const { body: organisations } = await getJson(`${url}/api/entities?kind=Organization&limit=100`);
    const silent = (organisations.items as { id: string }[]).find((o) => !speakers.has(o.id))!.id;
    expect((await getJson(`${url}/api/claims/track-record?by=${silent}`)).body.counts.made).toBe(0);
    const page = await openPanel(LAPTOP, silent);
    await expect(page.locator('#panel-body .track-record').count()).resolves.toBe(0);
  });
});

describe('recording an outcome from a prediction’s panel', () => {
  it('lets a signed-in curator record it, names a refused field, refuses a stale version, and shows it in the history', async () => {
    const url = suite.server.url;
    // The refusals it causes on purpose, which the browser logs as failed requests.
    suite.expectedErrors = /status of (400 \(Bad Request\)|412 \(Precondition Failed\))/;
    const { body: open } = await getJson(`${url}/api/claims?kind=prediction&limit=200`);
    const target = (open.items as { claim: { id: string; outcome?: string }; claimants: { id: string }[]; status: string }[]).find(
      (p) => p.status === 'open' && p.claim.outcome === undefined,
    )!;
    expect(target).toBeDefined();
    const claim = target.claim.id;
    const speaker = target.claimants[0].id;
    const seed = (await getJson(`${url}/api/entities/${claim}`)).body.entity;
    const before = (await getJson(`${url}/api/claims/track-record?by=${speaker}`)).body.counts;
    const historyIds = async () => ((await getJson(`${url}/api/history?entity=${claim}`)).body.items as { id: string }[]).map((e) => e.id);
    const earlier = await historyIds();
    const { body: sources } = await getJson(`${url}/api/sources`);
    const sourceId = (sources.items as { id: string }[])[0].id;

    // A reader sees the track record but no form; signed in, the prediction opened from it has one.
    const page = await openPanel(LAPTOP, speaker);
    await page.locator('#panel-body .track-record').waitFor();
    expect(await page.locator('.outcome-form').count()).toBe(0);
    await signIn(page);
    await page.click('#panel-body .track-record summary');
    await page.click(`#panel-body .track-record button[data-id="${claim}"]`);
    await settled(page);
    await page.locator(`#panel-body h2[data-entity="${claim}"]`).waitFor();
    const form = page.locator('#panel-body .outcome-form');
    await form.waitFor();
    const options = await form.locator('select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['', 'open', 'came-true', 'partly', 'did-not', 'unresolvable']);

    // An outcome source that is no Source: refused, the field named beside it and above the button, nothing written.
    await form.locator('select').selectOption('did-not');
    await form.locator('[data-field=resolvedOn] input').fill('2025-02');
    await form.locator('textarea').fill('Recorded by the browser test.');
    await form.locator('[data-field=outcomeSource] input').fill(speaker);
    await form.locator('button[type=submit]').click();
    await form
      .locator('[data-error=outcomeSource]')
      .filter({ hasText: /not a Source/ })
      .waitFor();
    await expect(form.locator('.form-message').textContent()).resolves.toMatch(/^Refused: Outcome source: /);
    await expect(form.locator('[data-field=outcomeSource] input').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(historyIds()).resolves.toEqual(earlier);

    // Someone else changes the claim meanwhile: the form's version is stale, and it says so.
    const elsewhere = await getJson(`${url}/api/entities/${claim}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ outcomeNote: 'Changed elsewhere.' }),
    });
    expect(elsewhere.status).toBe(200);
    await form.locator('[data-field=outcomeSource] input').fill(sourceId);
    await form.locator('button[type=submit]').click();
    await form
      .locator('.form-message')
      .filter({ hasText: /changed since it was read/ })
      .waitFor();
    await form.locator('.form-message button').click();
    await page.locator('#panel-body .props').filter({ hasText: 'Changed elsewhere.' }).waitFor();
    await expect(page.locator('#panel-body .outcome-form textarea').inputValue()).resolves.toBe('Changed elsewhere.');

    // Read afresh, the outcome goes through: the panel shows it and its history lists the change.
    const fresh = page.locator('#panel-body .outcome-form');
    await fresh.locator('select').selectOption('did-not');
    await fresh.locator('[data-field=resolvedOn] input').fill('2025-02');
    await fresh.locator('textarea').fill('Recorded by the browser test.');
    await fresh.locator('[data-field=outcomeSource] input').fill(sourceId);
    await fresh.locator('button[type=submit]').click();
    const props = page.locator('#panel-body .props');
    await props.filter({ hasText: 'Recorded by the browser test.' }).waitFor();
    // The panel reads the outcome by the title the schema gives it, as the badges do.
    expect(await props.textContent()).toMatch(/Outcome\s*did not/);
    await page
      .locator('#panel-body .history-section li[data-history]')
      .nth(earlier.length + 1)
      .waitFor();
    await expect(page.locator('#panel-body .history-section li[data-history] .who').first().textContent()).resolves.toBe('api-token');
    await page.locator('#panel-body .outcome-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'track-record-panel laptop outcome recorded');
    await page.setViewportSize(PHONE);
    await page.locator('#panel-body .outcome-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'track-record-panel phone outcome recorded');
    await page.setViewportSize(LAPTOP);

    const { body: history } = await getJson(`${url}/api/history?entity=${claim}`);
    const written = (history.items as { id: string; actor: string; changes: { after?: object }[] }[]).filter(
      (e) => !earlier.includes(e.id),
    );
    expect(written.map((e) => e.actor)).toEqual(['api-token', 'api-token']);
    expect(written[0].changes[0].after).toMatchObject({
      outcome: 'did-not',
      resolvedOn: '2025-02',
      outcomeNote: 'Recorded by the browser test.',
      outcomeSource: sourceId,
    });
    const after = (await getJson(`${url}/api/claims/track-record?by=${speaker}`)).body.counts;
    expect(after.didNot).toBe(before.didNot + 1);
    expect(after.open).toBe(before.open - 1);

    // Signed out, the prediction's panel is drawn again without the form.
    await page.click('#curator .sign-out');
    await page.locator('#panel-body .outcome-form').waitFor({ state: 'detached' });
    await page.locator(`#panel-body h2[data-entity="${claim}"]`).waitFor();

    // Restored: both writes reverted, newest first, and the claim is the seed's again.
    for (const entry of written) {
      const reverted = await getJson(`${url}/api/history/${entry.id}/revert`, { method: 'POST', headers: auth });
      expect(reverted.status).toBe(201);
    }
    expect((await getJson(`${url}/api/entities/${claim}`)).body.entity).toEqual(seed);
    expect((await getJson(`${url}/api/claims/track-record?by=${speaker}`)).body.counts).toEqual(before);
  });
});
