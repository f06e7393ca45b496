// Search over the seed: the obvious entity comes first whatever the script, width, honorific or
// typo, and a query found only inside a word is no hit.
import { normalise } from '../../server/search/normalise';
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();

interface Item {
  id: string;
  kind: string;
  name: string;
  nameJa?: string;
  aliases?: string[];
  score: number;
}
const search = async (q: string, extra = ''): Promise<{ items: Item[]; total: number }> => {
  const { status, body } = await getJson(`${server.url}/api/entities?q=${encodeURIComponent(q)}${extra}`);
  expect(status).toBe(200);
  return body;
};

describe('the first hit of a search is the entity people mean', () => {
  it.each([
    ['OpenAI', 'openai'],
    ['openai', 'openai'],
    ['Microsoft', 'microsoft'],
    ['NVIDIA', 'nvidia'],
    ['微软', 'microsoft'],
    ['Microsft', 'microsoft'],
    ['opnai', 'openai'],
    ['馬斯克', 'elon-musk'],
    ['イーロンマスク', 'elon-musk'],
    ['マスクさん', 'elon-musk'],
    ['ＯｐｅｎＡＩ', 'openai'],
    ['Grok', 'grok'],
    ['楊立昆', 'yann-lecun'],
    ['臉書', 'facebook'],
    ['Zuckerberg CEO', 'mark-zuckerberg'],
  ])('%s finds %s first', async (q, id) => {
    const { items } = await search(q);
    expect(items[0]?.id).toBe(id);
  });

  it('ranks an exact name above entities that only begin with it, and says so in the score', async () => {
    const { items } = await search('OpenAI');
    const [first, ...rest] = items;
    expect(first.score).toBeGreaterThan(Math.max(...rest.map((i) => i.score)));
    expect(rest.map((i) => i.id)).toContain('openai-japan');
  });

  it('ranks a typo below every exact or prefix match', async () => {
    const { items } = await search('Microsft');
    expect(items[0].score).toBeLessThan((await search('Microsoft')).items[0].score);
  });

  it('finds with traditional Chinese what the simplified form finds', async () => {
    for (const [traditional, simplified] of [
      ['馬斯克', '马斯克'],
      ['祖克柏', '祖克柏'],
      ['臉書', '脸书'],
    ]) {
      const [a, b] = [await search(traditional), await search(simplified)];
      expect(a.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));
    }
  });

  it('gives the same answer twice, page by page', async () => {
    const all = await search('AI', '&limit=200');
    const pages = [...(await search('AI', '&limit=5')).items, ...(await search('AI', '&limit=5&offset=5')).items];
    expect(pages.map((i) => i.id)).toEqual(all.items.slice(0, 10).map((i) => i.id));
    expect(all.total).toBe(all.items.length);
  });
});

describe('a query inside a word is no hit', () => {
  it('AGI returns only entities with AGI as a word of a name or alias', async () => {
    const { items } = await search('AGI', '&limit=200');
    expect(items.length).toBeGreaterThan(0);
    const asWord = (text: string) => /(^|[^a-z0-9])agi/.test(normalise(text));
    for (const item of items) expect([item.name, item.nameJa ?? '', ...(item.aliases ?? [])].some(asWord)).toBe(true);
  });
});
