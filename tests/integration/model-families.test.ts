// Model families: a version belongs to its family and a generation succeeds the one before, so a
// question about a family reaches what its versions touch.
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();

describe('model families and generations', () => {
  it('reaches the GPUs Grok-2 was trained on from Grok, through the version link', async () => {
    const { status, body } = await getJson(`${server.url}/api/entities/grok/neighbors?depth=2`);
    expect(status).toBe(200);
    const ids = (body.nodes as { id: string }[]).map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['grok-1-5', 'grok-2', 'grok-3', 'xai-grok-2-h100-cluster']));
    expect(body.edges).toContainEqual(expect.objectContaining({ type: 'VERSION_OF', source: 'grok-2', target: 'grok' }));
  });

  it('orders generations: Llama 3 succeeds Llama 2, citing the paragraph that says so', async () => {
    const { body } = await getJson(`${server.url}/api/relationships?type=SUCCEEDS&from=llama-3`);
    expect(body.items).toEqual([
      expect.objectContaining({ source: 'llama-3', target: 'llama-2', sources: [{ source: 'src-003', paragraph: 3 }] }),
    ]);
  });
});
