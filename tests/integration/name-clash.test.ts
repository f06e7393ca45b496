// A name or alias already used by another stored entity, after width and case folding, is refused
// over HTTP with the other entity's id, and nothing is written.
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const server = useTestServer();
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const create = (body: unknown) => getJson(`${server.url}/api/entities`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
const organisation = (id: string, name: string, aliases: string[] = []) => ({
  id,
  kind: 'Organization',
  name,
  aliases,
  sources: [{ source: 'src-004', paragraph: 1 }],
});

describe('names already in use', () => {
  it('refuses a full-width twin of a stored name, naming the field and the entity that holds it', async () => {
    const { status, body } = await create(organisation('openai-twin', 'ＯｐｅｎＡＩ'));
    expect(status).toBe(400);
    expect(body.error.details).toEqual([expect.objectContaining({ path: 'name', message: expect.stringContaining('"openai"') })]);
    expect((await getJson(`${server.url}/api/entities/openai-twin`)).status).toBe(404);
  });

  it('refuses an alias that is another entity\u2019s Japanese alias, and accepts the entity without it', async () => {
    const refused = await create(organisation('name-clash-lab', 'Name Clash Lab', ['マイクロソフト']));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ path: 'aliases.0', message: expect.stringContaining('"microsoft"') }),
    ]);
    expect((await create(organisation('name-clash-lab', 'Name Clash Lab', ['NCL']))).status).toBe(201);
  });
});
