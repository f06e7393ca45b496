// Evidence a reader can check, in the real page: on an edge, "says who?" is open and shows the
// curators' wording, the cited paragraph's number and, for a document the project stores (one
// ingested through the API), the paragraph's own text, as text; for a seed article, whose text
// does not ship, the record and the paragraph number with a plain statement that the text is not
// stored. Every citation opens its source: the document's record and every fact drawn from it.
import { DOCUMENT_STATE_LABEL, ENTITY_LABEL } from '../../graph-schema';
import { CATALOGUES } from '../../client/i18n/i18n';
import { screenshot } from '../support/browser';
import { clickEdge, settled } from '../support/explorer-page';
import { explorerSuite, type ExplorerSuite } from '../support/explorer-suite';
import { getJson, TEST_TOKEN } from '../support/test-server';

const LAPTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const ARTICLE = {
  title: 'Kestrel Evidence Labs gets backing from Microsoft',
  paragraphs: [
    'Kestrel Evidence Labs is a robotics start-up in Lisbon.',
    'Microsoft invested in Kestrel Evidence Labs in March 2024, the company said. <b>Tags</b> & <i>markup</i> stay as text.',
  ],
};
const SEED_EDGE = 'microsoft:INVESTED_IN:openai:2019';
const en = CATALOGUES.en;

let suite: ExplorerSuite | undefined;
let written: { document: string; entity: string; edge: string; history: string } | undefined;

const post = async (path: string, body: unknown) =>
  getJson(`${suite!.server.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

// Declared before the suite's own hooks, so it runs while the server is still up: the suites after
// this one read the seed as it was.
afterAll(async () => {
  if (!suite?.server || !written) return;
  await post(`/api/history/${written.history}/revert`, {});
  await suite.server.db.write(async (tx) => {
    await tx.run(`MATCH (d:${DOCUMENT_STATE_LABEL} {id: $id}) OPTIONAL MATCH (s:${ENTITY_LABEL} {id: d.id}) DETACH DELETE d, s`, {
      id: written!.document,
    });
  });
});
suite = explorerSuite('evidence');

/** Ingests the article and accepts one new entity and one relationship citing its second paragraph. */
async function ingestAndAccept(): Promise<NonNullable<typeof written>> {
  const ingested = await post('/api/documents', {
    title: ARTICLE.title,
    text: ARTICLE.paragraphs.join('\n\n'),
    language: 'en',
    publishedOn: '2024-03-20',
    outlet: 'Evidence Test Times',
  });
  expect(ingested.status).toBe(201);
  const document = ingested.body.document.id as string;
  const accepted = await post(`/api/documents/${document}/accept`, {
    entities: [{ ref: 'new:kestrel', kind: 'Organization', name: 'Kestrel Evidence Labs', properties: {}, paragraphs: [1] }],
    relationships: [{ type: 'INVESTED_IN', from: 'microsoft', to: 'new:kestrel', paragraph: 2 }],
    note: 'evidence e2e test',
  });
  expect(accepted.status).toBe(201);
  const { created, history } = accepted.body as { created: { entities: string[]; relationships: string[] }; history: string };
  return { document, entity: created.entities[0], edge: created.relationships[0], history };
}

describe('says who?', () => {
  it.each([
    ['a laptop', LAPTOP],
    ['a phone', PHONE],
  ])(
    'on an edge from a stored document, quotes the cited paragraph as text beside the curators’ wording, on %s',
    async (device, viewport) => {
      written ??= await ingestAndAccept();
      const { page } = await suite.open(`${suite.server.url}/?focus=${written.entity}`, viewport);
      await settled(page);
      await clickEdge(page, written.edge);

      await expect(page.locator('#panel-body h3').allTextContents()).resolves.toContain(en.saysWhoHeading);
      const wording = page.locator('#panel-body .says-who .wording');
      await expect(wording.textContent()).resolves.toBe(`${en.curatorsWording} Microsoft invested in Kestrel Evidence Labs`);
      const citation = page.locator(`#panel-body .says-who ul.sources li[data-source="${written.document}"]`);
      await expect(citation.locator('cite').textContent()).resolves.toBe(ARTICLE.title);
      await expect(citation.textContent()).resolves.toContain('Evidence Test Times, 2024-03-20, ¶2');
      const quoted = citation.locator('details.cited-paragraph[data-paragraph="2"]');
      await expect(quoted.getAttribute('open')).resolves.toBe('');
      await expect(quoted.locator('blockquote').isVisible()).resolves.toBe(true);
      await expect(quoted.locator('blockquote').textContent()).resolves.toBe(ARTICLE.paragraphs[1]);
      // The document's words are text: its tags are characters on the page, not elements.
      await expect(quoted.locator('blockquote *').count()).resolves.toBe(0);
      await expect(citation.locator('.text-not-stored').count()).resolves.toBe(0);
      await page.locator('#panel-body .says-who').scrollIntoViewIfNeeded();
      await screenshot(page, `evidence stored paragraph on ${device}`);

      // The citation opens its source: the record, that the text is kept, and every fact drawn from it.
      await citation.locator('button.source-link').click();
      await page.locator(`#panel-body h2[data-source="${written.document}"]`).waitFor();
      await expect(page.locator('#panel-body h2').textContent()).resolves.toBe(ARTICLE.title);
      const record = await page.locator('#panel-body dl.props').textContent();
      for (const value of ['Evidence Test Times', '2024-03-20', 'English']) expect(record).toContain(value);
      await expect(page.locator('#panel-body p.text-stored').textContent()).resolves.toBe(en.textStored.replace('{count}', '2'));
      const facts = page.locator('#panel-body ul.source-facts');
      await expect(facts.locator(`li[data-entity="${written.entity}"]`).textContent()).resolves.toContain('¶1');
      await expect(facts.locator(`li[data-edge="${written.edge}"]`).textContent()).resolves.toBe(
        'Microsoft invested in Kestrel Evidence Labs, ¶2',
      );
      await screenshot(page, `evidence stored source panel on ${device}`);
    },
  );

  it('on a seed edge, names the paragraph and says the text is not stored; its source lists what the graph draws from it', async () => {
    const { page } = await suite.open(`${suite.server.url}/?view=funds`, LAPTOP);
    await settled(page);
    await clickEdge(page, SEED_EDGE);
    const { body: edgeBody } = await getJson(`${suite.server.url}/api/sources/src-004`);
    const source = edgeBody.source as { title: string; titleEn?: string; outlet?: string; publishedOn?: string };
    const citation = page.locator('#panel-body .says-who ul.sources li[data-source="src-004"]');
    await expect(citation.locator('cite').textContent()).resolves.toBe(source.titleEn ?? source.title);
    await expect(citation.textContent()).resolves.toMatch(/¶\d+/);
    await expect(citation.locator('.text-not-stored').textContent()).resolves.toBe(` · ${en.textNotStored}`);
    await expect(citation.locator('.cited-paragraph').count()).resolves.toBe(0);
    await screenshot(page, 'evidence seed edge on a laptop');

    await citation.locator('button.source-link').click();
    await page.locator('#panel-body h2[data-source="src-004"]').waitFor();
    const record = await page.locator('#panel-body dl.props').textContent();
    for (const value of [source.title, source.outlet, source.publishedOn, '日本語']) if (value) expect(record).toContain(value);
    await expect(page.locator('#panel-body p.text-not-stored').textContent()).resolves.toBe(en.textNotStoredHere);
    const facts = page.locator('#panel-body ul.source-facts > li');
    const count = (edgeBody.entities as unknown[]).length + (edgeBody.edges as unknown[]).length;
    await expect(facts.count()).resolves.toBe(count);
    await expect(page.locator('#panel-body h3').last().textContent()).resolves.toBe(en.factsDrawn.replace('{count}', String(count)));
    await screenshot(page, 'evidence seed source panel on a laptop');

    // A fact in the list opens its own panel, citing the source back.
    await page.locator(`#panel-body ul.source-facts li[data-edge="${SEED_EDGE}"] button`).click();
    await page.locator(`#panel-body h2[data-edge="${SEED_EDGE}"]`).waitFor();
    await expect(page.locator('#panel-body li[data-source="src-004"]').count()).resolves.toBe(1);
  });

  it('is open on every hop of a path, each citation saying where the text is not stored', async () => {
    const { page } = await suite.open(`${suite.server.url}/?path=elon-musk,microsoft`, LAPTOP);
    await page.locator('#panel-body .paths-title').waitFor();
    const hops = page.locator('#panel-body .hop-ties > li');
    await expect(hops.count()).resolves.toBeGreaterThan(0);
    await expect(hops.first().locator('ul.sources li .text-not-stored').count()).resolves.toBeGreaterThan(0);
    await expect(hops.first().locator('ul.sources li button.source-link').isVisible()).resolves.toBe(true);
  });
});
