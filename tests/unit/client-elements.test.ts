// The client's pure graph logic, headless: API graphs to cytoscape elements, sizes, merging.
import cytoscape from 'cytoscape';
import { displayName, edgeWidth, newElements, nodeSize, timelineDates, toElements } from '../../client/graph/elements';
import type { Graph } from '../../client/graph/types';
import { edge, entity } from './client.fixtures';

const graph: Graph = {
  nodes: [
    entity('microsoft', 'Organization', { nameJa: 'マイクロソフト' }),
    entity('openai', 'Organization'),
    entity('meta-fleet', 'GPUCluster', { h100Equivalents: 600000 }),
  ],
  edges: [edge('microsoft', 'INVESTED_IN', 'openai', { amount: 1e10, date: '2023-01' }), edge('openai', 'COMPETES_WITH', 'ghost')],
};

describe('API graph to cytoscape elements', () => {
  const elements = toElements(graph, 'en', { INVESTED_IN: 'amount' });

  it('keeps edges whose ends are present and drops dangling ones', () => {
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['microsoft:INVESTED_IN:openai']);
  });
  it('loads into a headless cytoscape with the funder as source', () => {
    const cy = cytoscape({ headless: true, elements: elements as unknown as cytoscape.ElementDefinition[] });
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.edges()[0].source().id()).toBe('microsoft');
    expect(cy.getElementById('openai').indegree(false)).toBe(1);
  });
  it('sizes compute nodes by H100-equivalents and widens edges by amount', () => {
    expect(nodeSize(graph.nodes[2])).toBeGreaterThan(nodeSize(graph.nodes[0]));
    expect(edgeWidth(graph.edges[0], 'amount')).toBeGreaterThan(edgeWidth(graph.edges[0], undefined));
  });
  it('shows Japanese names where the data has them', () => {
    expect(displayName(graph.nodes[0], 'ja')).toBe('マイクロソフト');
    expect(displayName(graph.nodes[1], 'ja')).toBe('OPENAI');
  });
  it('finds what an expand adds', () => {
    const have = new Set(['microsoft', 'openai']);
    expect(newElements(have, elements).map((e) => e.data.id)).toEqual(['meta-fleet', 'microsoft:INVESTED_IN:openai']);
  });
  it('collects the dates of the time slider in order', () => {
    expect(timelineDates(graph)).toEqual(['2023-01']);
  });
});
