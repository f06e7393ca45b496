// Who disagrees with whom: GET /api/claims/disputes on the seed's pause letter, where signatures,
// public support and opposition, and the stances of claims about the letter put speakers on sides.
import { Disputes } from '../../graph-schema/contract';
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();
const ids = (positions: { entity: { id: string } }[]) => positions.map((p) => p.entity.id);

describe('GET /api/claims/disputes', () => {
  it('puts the pause letter\u2019s signatories and supporters against its opponents, each with evidence', async () => {
    const { status, body } = await getJson(`${server.url}/api/claims/disputes?about=pause-giant-ai-experiments-letter`);
    expect(status).toBe(200);
    const disputes = Disputes.parse(body);
    expect(ids(disputes.supports)).toEqual(expect.arrayContaining(['elon-musk', 'yoshua-bengio', 'sundar-pichai']));
    expect(ids(disputes.opposes)).toEqual(expect.arrayContaining(['yann-lecun', 'andrew-ng', 'laion']));
    expect(disputes.pairs).toContainEqual({
      supports: expect.objectContaining({ id: 'elon-musk' }),
      opposes: expect.objectContaining({ id: 'yann-lecun' }),
    });
    for (const position of [...disputes.supports, ...disputes.opposes]) {
      const evidence = [...position.claims.map((c) => c.claim.sources), ...position.relationships.map((r) => r.sources)];
      expect(evidence.length).toBeGreaterThan(0);
      for (const sources of evidence) expect(sources.length).toBeGreaterThan(0);
    }
    const laion = disputes.opposes.find((p) => p.entity.id === 'laion')!;
    expect(laion.claims.map((c) => c.claim.id)).toContain('claim-laion-pause-misguided');
    expect(laion.relationships.map((r) => r.type)).toContain('OPPOSES');
  });

  it('lists commentary that takes no side as neutral, never in a pair', async () => {
    const disputes = Disputes.parse((await getJson(`${server.url}/api/claims/disputes?about=pause-giant-ai-experiments-letter`)).body);
    expect(ids(disputes.neutral)).toContain('axion');
    expect(disputes.pairs.flatMap((p) => [p.supports.id, p.opposes.id])).not.toContain('axion');
  });

  it('answers a subject nobody takes sides on with empty sides, and an unknown one with 404', async () => {
    const quiet = await getJson(`${server.url}/api/claims/disputes?about=src-000`);
    expect(quiet.status).toBe(200);
    expect(Disputes.parse(quiet.body)).toMatchObject({ supports: [], opposes: [], neutral: [], pairs: [] });
    const unknown = await getJson(`${server.url}/api/claims/disputes?about=no-such-entity`);
    expect(unknown.status).toBe(404);
  });
});
