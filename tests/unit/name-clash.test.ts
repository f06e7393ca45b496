// No two entities go by the same name once width and case are folded: within one write, and
// against what is stored (here a stand-in lookup; the database's is tested over HTTP).
import type { EntityRecord } from '../../graph-schema';
import { nameClashBreaches, nameKey } from '../../server/domain/name-clash';

const origins = { entity: (i: number) => `entities[${i}]`, relationship: (i: number) => `relationships[${i}]` };
const org = (id: string, name: string, aliases: string[] = []) =>
  ({ id, kind: 'Organization', name, aliases, sources: [{ source: 'src-000', paragraph: 1 }] }) as EntityRecord;

describe('nameKey', () => {
  it('folds full-width forms and case, so look-alike names compare equal', () => {
    expect(nameKey('ＯｐｅｎＡＩ')).toBe(nameKey('openai'));
    expect(nameKey('Ｍｉｃｒｏｓｏｆｔ')).toBe('microsoft');
    expect(nameKey('OpenAI')).not.toBe(nameKey('Open AI'));
  });
});

describe('nameClashBreaches', () => {
  it('refuses a second entity in the same write whose alias is the first one\u2019s name, naming the field and the holder', async () => {
    const breaches = await nameClashBreaches([org('a', 'Acme Labs'), org('b', 'Beta', ['ACME LABS'])], origins);
    expect(breaches).toEqual([
      expect.objectContaining({
        record: 'b',
        field: 'aliases.0',
        origin: 'entities[1]',
        message: expect.stringContaining('"a" in this write'),
      }),
    ]);
  });

  it('lets an entity repeat its own name as an alias', async () => {
    expect(await nameClashBreaches([org('a', 'Acme', ['acme', 'ＡＣＭＥ'])], origins)).toEqual([]);
  });

  it('refuses a name a stored entity holds, but not when the holder is the entity being written', async () => {
    const stored = async () => new Map([[nameKey('OpenAI'), 'openai']]);
    const clash = await nameClashBreaches([org('openai-copy', 'ＯｐｅｎＡＩ')], origins, stored);
    expect(clash).toEqual([
      expect.objectContaining({ record: 'openai-copy', field: 'name', message: expect.stringContaining('"openai"') }),
    ]);
    expect(await nameClashBreaches([org('openai', 'OpenAI')], origins, stored)).toEqual([]);
  });
});
