// Concurrent writes over real HTTP, many rounds with random delays: whatever wins, every node keeps
// exactly one kind, no change is lost, nothing answers 5xx, and every answer matches what the
// database holds afterwards.
import { ENTITY_LABEL } from '../../graph-schema';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

// Whatever a round left (a claim that holds its claimant, say) goes with the suite.
const server = useTestServer({
  beforeClose: (s) => s.db.write((tx) => tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH 'race-' DETACH DELETE n`)),
});

const ROUNDS = 12;
const cite = [{ source: 'src-003', paragraph: 2 }];
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = auth) =>
  getJson(server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
const jitter = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
const later = async <T>(work: () => Promise<T>): Promise<T> => {
  await jitter();
  return work();
};

const person = (id: string) => ({ id, kind: 'Person', name: `Race ${id}`, sources: cite });
const organization = (id: string) => ({ id, kind: 'Organization', name: `Race ${id}`, sources: cite });

async function kindsOf(id: string): Promise<string[]> {
  return server.db.read(async (tx) => {
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN [l IN labels(n) WHERE l <> $entity] AS kinds`, {
      id,
      entity: ENTITY_LABEL,
    });
    return result.records.length === 0 ? [] : (result.records[0].get('kinds') as string[]);
  });
}

async function relationshipExists(id: string): Promise<boolean> {
  return server.db.read(
    async (tx) =>
      ((await tx.run('MATCH ()-[r {id: $id}]->() RETURN count(r) AS n', { id })).records[0].get('n') as { toNumber(): number }).toNumber() >
      0,
  );
}

const noServerError = (answers: { status: number }[]) => expect(answers.map((a) => a.status).filter((s) => s >= 500)).toEqual([]);

describe('concurrent writes of one new id as two kinds', () => {
  it('leave one kind, the one whose write answered success', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = `race-kind-${round}`;
      const answers = await Promise.all([
        later(() => send('POST', '/api/import', { entities: [person(id)] })),
        later(() => send('POST', '/api/import', { entities: [organization(id)] })),
        later(() => send('POST', '/api/entities', round % 2 ? person(id) : organization(id))),
      ]);
      noServerError(answers);
      const kinds = await kindsOf(id);
      expect(kinds).toHaveLength(1);
      // Every write that answered success wrote the kind that is stored; the others were refused.
      const claimed = [person(id), organization(id), round % 2 ? person(id) : organization(id)];
      answers.forEach((answer, i) => {
        if (answer.status < 300) expect(claimed[i].kind).toBe(kinds[0]);
        else expect([400, 409]).toContain(answer.status);
      });
      await send('DELETE', `/api/entities/${id}`);
    }
  });
});

describe('concurrent PATCHes of different fields', () => {
  it('both land', async () => {
    const id = 'race-patch';
    expect((await send('POST', '/api/entities', organization(id))).status).toBe(201);
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all([
        later(() => send('PATCH', `/api/entities/${id}`, { country: `C${round}` })),
        later(() => send('PATCH', `/api/entities/${id}`, { description: `round ${round}` })),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const stored = (await getJson(`${server.url}/api/entities/${id}`)).body.entity;
      expect(stored).toMatchObject({ country: `C${round}`, description: `round ${round}` });
    }
    await send('DELETE', `/api/entities/${id}`);
  });
});

describe('writes racing the delete of an endpoint', () => {
  it('either write the relationship with both ends there, or refuse it; never 5xx, never a phantom', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = `race-end-a-${round}`;
      const b = `race-end-b-${round}`;
      await send('POST', '/api/import', { entities: [organization(a), organization(b)] });
      const rel = { type: 'PARTNERS_WITH', from: a, to: b, sources: cite };
      const claim = {
        id: `race-claim-${round}`,
        name: 'A race claim',
        text: 'Said in a race.',
        claimKind: 'opinion',
        by: [a],
        about: [b],
        sources: cite,
      };
      const answers = await Promise.all([
        later(() => send('POST', '/api/relationships', rel)),
        later(() => send('POST', '/api/claims', claim)),
        later(() => send('POST', '/api/import', { relationships: [{ ...rel, key: 'imported' }] })),
        later(() => send('DELETE', `/api/entities/${a}`)),
      ]);
      noServerError(answers);
      const [created, claimed, imported, deleted] = answers;
      const aExists = (await kindsOf(a)).length > 0;
      expect(deleted.status === 200).toBe(!aExists);
      // What answered success is in the database unless the later delete took it away with its end.
      if (created.status === 201) expect(await relationshipExists(created.body.id as string)).toBe(aExists);
      else expect([400, 404, 409]).toContain(created.status);
      if (imported.status === 200) expect(await relationshipExists(`${a}:PARTNERS_WITH:${b}:imported`)).toBe(aExists);
      else expect([400, 409]).toContain(imported.status);
      if (claimed.status === 201) {
        // A claim is never left without a claimant: the delete was refused, or came first and the claim was.
        expect(aExists).toBe(true);
        expect((await kindsOf(claim.id)).length).toBe(1);
      } else {
        expect([400, 409]).toContain(claimed.status);
        expect(await kindsOf(claim.id)).toEqual([]);
      }
      if (aExists && deleted.status !== 200) expect(deleted.status).toBe(409);
    }
  });
});
