// Where a drawn graph's nodes start: the server's positions are final when they cover the whole
// graph and the force layout is chosen; otherwise the page spreads the nodes and lays them out.
import { CanvasController } from '../../client/canvas/canvas-controller';
import { placement } from '../../client/canvas/placement';
import type { Graph } from '../../client/graph/types';
import { schemaDocument } from '../../server/api/meta.routes';
import { edge, entity } from './client.fixtures';

const graph: Graph = {
  nodes: [entity('microsoft', 'Organization'), entity('openai', 'Organization'), entity('gpt-4', 'AIModel')],
  edges: [edge('microsoft', 'INVESTED_IN', 'openai'), edge('openai', 'DEVELOPED', 'gpt-4')],
};
const positions = { microsoft: { x: -200, y: 10 }, openai: { x: 0, y: 0 }, 'gpt-4': { x: 150, y: 90 } };

describe('placement', () => {
  it('takes the server positions as final for the force layout', () => {
    const start = placement(graph, 'fcose', positions);
    expect(start.preset).toBe(true);
    expect(graph.nodes.map((n) => start.next(n.id))).toEqual([positions.microsoft, positions.openai, positions['gpt-4']]);
  });

  it('lays out in the page when another layout is chosen, positions are missing, or one node has none', () => {
    expect(placement(graph, 'concentric', positions).preset).toBe(false);
    expect(placement(graph, 'fcose', undefined).preset).toBe(false);
    expect(placement(graph, 'fcose', { microsoft: positions.microsoft, openai: positions.openai }).preset).toBe(false);
  });

  it('spreads nodes it lays out on distinct points', () => {
    const start = placement(graph, 'fcose', undefined);
    const points = graph.nodes.map((n) => start.next(n.id));
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });
});

describe('the canvas controller, given server positions', () => {
  it('draws each node where the server put it', () => {
    const canvas = new CanvasController(schemaDocument());
    canvas.draw(graph, { lang: 'en', hidden: {}, layout: 'fcose', positions });
    for (const [id, at] of Object.entries(positions)) expect(canvas.cy.getElementById(id).position()).toEqual(at);
  });
});
