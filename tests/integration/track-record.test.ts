// Predictions as a track record: each with where it stands today (its recorded outcome, else
// overdue, due or open, computed and never stored), the tally per speaker, and outcomes recorded
// as ordinary writes.
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const server = useTestServer();
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };

describe('GET /api/claims?kind=prediction', () => {
  it('gives every prediction its status, and no other claim one', async () => {
    const { body } = await getJson(`${server.url}/api/claims?kind=prediction&limit=200`);
    expect(body.items.length).toBeGreaterThan(10);
    for (const item of body.items)
      expect(['open', 'due', 'overdue', 'came-true', 'partly', 'did-not', 'unresolvable']).toContain(item.status);
    const opinions = await getJson(`${server.url}/api/claims?kind=opinion&limit=5`);
    for (const item of opinions.body.items) expect(item.status).toBeUndefined();
  });
});

describe('GET /api/claims/track-record', () => {
  it('tallies what a speaker predicted and how it turned out', async () => {
    const { status, body } = await getJson(`${server.url}/api/claims/track-record?by=elon-musk`);
    expect(status).toBe(200);
    expect(body.by).toMatchObject({ id: 'elon-musk', kind: 'Person' });
    const { counts, predictions } = body;
    expect(counts.made).toBe(predictions.length);
    expect(counts.resolved).toBe(counts.cameTrue + counts.partly + counts.didNot + counts.unresolvable);
    expect(counts.made).toBe(counts.resolved + counts.open + counts.due + counts.overdue);
    const grok2 = predictions.find((p: any) => p.claim.id === 'claim-elon-musk-grok-2-release-next-month');
    expect(grok2).toMatchObject({ status: 'came-true', claim: { outcomeSource: 'web-xai-grok-2' } });
    // Soonest due first, undated last.
    const dues = predictions.map((p: any) => p.claim.dueBy ?? '\uffff');
    expect(dues).toEqual([...dues].sort());
  });

  it('answers 404 for an unknown speaker and 400 without one', async () => {
    expect((await getJson(`${server.url}/api/claims/track-record?by=nobody-at-all`)).status).toBe(404);
    expect((await getJson(`${server.url}/api/claims/track-record`)).status).toBe(400);
  });

  it('counts an outcome recorded with PATCH, and refuses an outcome source that is not a Source', async () => {
    const id = 'claim-mark-zuckerberg-350k-h100-by-2024';
    const before = (await getJson(`${server.url}/api/claims/track-record?by=mark-zuckerberg`)).body;
    const patch = (body: unknown) =>
      getJson(`${server.url}/api/entities/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify(body) });
    const wrong = await patch({ outcome: 'partly', resolvedOn: '2025-01', outcomeNote: 'Test.', outcomeSource: 'meta' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/outcomeSource: "meta" is a Organization, not a Source/);
    expect((await patch({ outcome: 'unresolvable', resolvedOn: '2025-01', outcomeNote: 'Test.', outcomeSource: 'src-003' })).status).toBe(
      200,
    );
    const after = (await getJson(`${server.url}/api/claims/track-record?by=mark-zuckerberg`)).body;
    expect(after.counts.unresolvable).toBe(before.counts.unresolvable + 1);
    expect((await patch({ outcome: null, resolvedOn: null, outcomeNote: null, outcomeSource: null })).status).toBe(200);
  });
});
