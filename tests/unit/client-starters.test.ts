// The starter questions are worked out from the graph and the schema, never from fixed ids: each
// names the subject the data gives, opens the view that answers it, and is left out when the
// graph cannot answer it.
import { starterQuestions } from '../../client/controls/starter-questions';
import { schemaDocument } from '../../server/api/meta.routes';
import { edge, entity } from './client.fixtures';

const schema = schemaDocument();

const graph = {
  nodes: [
    entity('lab-a', 'Organization'),
    entity('lab-b', 'Organization'),
    entity('fund', 'Organization'),
    entity('angel', 'Person'),
    entity('founder', 'Person'),
    entity('big-cluster', 'GPUCluster', { h100Equivalents: 50_000 }),
    entity('small-cluster', 'GPUCluster', { chipCount: 1_000 }),
    entity('letter', 'Petition'),
    entity('right', 'Claim', { claimKind: 'prediction', outcome: 'came-true' }),
    entity('open', 'Claim', { claimKind: 'prediction' }),
  ],
  edges: [
    edge('fund', 'INVESTED_IN', 'lab-b'),
    edge('angel', 'INVESTED_IN', 'lab-b'),
    edge('fund', 'INVESTED_IN', 'lab-a'),
    edge('lab-a', 'OPERATES', 'small-cluster'),
    edge('lab-b', 'OPERATES', 'big-cluster'),
    edge('founder', 'SIGNED', 'letter'),
    edge('founder', 'MADE_CLAIM', 'open'),
    edge('angel', 'MADE_CLAIM', 'right'),
    edge('founder', 'FOUNDED', 'lab-a'),
    edge('founder', 'WORKS_FOR', 'lab-a'),
    edge('lab-a', 'COMPETES_WITH', 'lab-b'),
    edge('lab-b', 'PARTNERS_WITH', 'fund'),
  ],
};

describe('starter questions', () => {
  const starters = starterQuestions(graph, schema);
  const byQuestion = (pattern: RegExp) => starters.find((s) => pattern.test(s.question));

  it('asks who funds the organisation most investments point at, opening the funding view and its panel', () => {
    expect(byQuestion(/funds/)).toEqual({ question: 'Who funds LAB-B?', state: { view: 'funds' }, open: 'lab-b' });
  });

  it('asks who controls the most compute, measured by the schema size rule of the clusters each operates', () => {
    expect(byQuestion(/compute/)).toEqual({ question: 'Who controls the most compute?', state: { view: 'compute' }, open: 'lab-b' });
  });

  it('asks who signed the most signed petition, by its name', () => {
    expect(byQuestion(/signed/)).toEqual({ question: 'Who signed “LETTER”?', state: { view: 'petitions' }, open: 'letter' });
  });

  it('asks which predictions came true, opening the panel of a speaker who made one', () => {
    expect(byQuestion(/came true/)).toEqual({ question: 'Which predictions came true?', state: { view: 'claims' }, open: 'angel' });
  });

  it('asks how the best connected person is linked to the best connected organisation not tied to them', () => {
    // The founder is tied to lab-a directly; lab-b is the best connected organisation beyond them.
    expect(byQuestion(/linked/)).toEqual({
      question: 'How is FOUNDER linked to LAB-B?',
      state: { view: 'all', path: ['founder', 'lab-b'] },
    });
  });

  it('leaves out what the graph cannot answer', () => {
    const people = { nodes: graph.nodes.filter((n) => n.kind === 'Person'), edges: [] };
    expect(starterQuestions(people, schema)).toEqual([]);
    const noOutcomes = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'right' ? { ...n, outcome: undefined } : n)) };
    expect(starterQuestions(noOutcomes, schema).map((s) => s.question)).not.toContain('Which predictions came true?');
  });

  it('leaves out a question whose relationship type the schema does not have', () => {
    const withoutFunding = { ...schema, relationships: schema.relationships.filter((r) => r.type !== 'INVESTED_IN') };
    expect(starterQuestions(graph, withoutFunding).some((s) => /funds/.test(s.question))).toBe(false);
  });
});
