// The client's pure graph logic, headless: API graphs to cytoscape elements by the schema's display
// and time rules (sizes, palettes, titles, captions, the time slider's stops), and merging.
import cytoscape from 'cytoscape';
import { displayName, edgeCaption, edgeWidth, newElements, nodeSize, timelineDates, toElements } from '../../client/graph/elements';
import { datesLine, facts, formatValue, labelOf, relationshipProperties, unitOf } from '../../client/graph/evidence';
import type { Graph } from '../../client/graph/types';
import { schemaDocument } from '../../server/api/meta.routes';
import { edge, entity } from './client.fixtures';

const schema = schemaDocument();
const kind = (label: string) => schema.kinds.find((k) => k.label === label)!;
const rel = (type: string) => schema.relationships.find((r) => r.type === type)!;

const graph: Graph = {
  nodes: [
    entity('microsoft', 'Organization', { nameJa: 'マイクロソフト', foundedOn: '1975-04' }),
    entity('openai', 'Organization', { foundedOn: '2015-12' }),
    entity('meta-fleet', 'GPUCluster', { h100Equivalents: 600000, asOf: '2024' }),
    entity('a-claim', 'Claim', { claimKind: 'prediction', statedOn: '2024-03', dueBy: '2025' }),
  ],
  edges: [
    edge('microsoft', 'INVESTED_IN', 'openai', { amount: 1e10, currency: 'USD', date: '2023-01' }),
    edge('openai', 'COMPETES_WITH', 'ghost'),
    edge('a-claim', 'ABOUT', 'openai', { from: '1999' }),
  ],
};

describe('API graph to cytoscape elements', () => {
  const elements = toElements(graph, 'en', schema);
  const node = (id: string) => elements.flatMap((e) => (e.group === 'nodes' && e.data.id === id ? [e.data] : []))[0];

  it('keeps edges whose ends are present and drops dangling ones', () => {
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual([
      'microsoft:INVESTED_IN:openai',
      'a-claim:ABOUT:openai',
    ]);
  });
  it('loads into a headless cytoscape with the funder as source', () => {
    const cy = cytoscape({ headless: true, elements: elements as unknown as cytoscape.ElementDefinition[] });
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.getElementById('microsoft:INVESTED_IN:openai').source().id()).toBe('microsoft');
    expect(cy.getElementById('openai').indegree(false)).toBe(2);
  });
  it('sizes a node by the measure its kind names, else by its kind', () => {
    expect(node('meta-fleet').size).toBeGreaterThan(node('microsoft').size);
    expect(nodeSize(kind('GPUCluster'), entity('small', 'GPUCluster', { chipCount: 10 }))).toBeLessThan(node('meta-fleet').size);
    expect(node('a-claim').size).toBe(kind('Claim').size.fixed);
    expect(node('microsoft').size).toBe(kind('Organization').size.fixed);
  });
  it('widens edges by the weight their type names', () => {
    expect(edgeWidth(graph.edges[0], rel('INVESTED_IN').weight)).toBeGreaterThan(edgeWidth(graph.edges[0], undefined));
  });
  it('carries the values of the kind’s palettes, for the stylesheet to colour', () => {
    expect(node('a-claim').claimKind).toBe('prediction');
    expect(Object.keys(node('microsoft'))).not.toContain('claimKind');
  });
  it('labels edges with their type’s title', () => {
    const labels = elements.filter((e) => e.group === 'edges').map((e) => e.data.label);
    expect(labels).toEqual([rel('INVESTED_IN').title, rel('ABOUT').title]);
  });
  it('shows Japanese names where the data has them', () => {
    expect(displayName(graph.nodes[0], 'ja')).toBe('マイクロソフト');
    expect(displayName(graph.nodes[1], 'ja')).toBe('OPENAI');
  });
  it('finds what an expand adds', () => {
    const have = new Set(['microsoft', 'openai']);
    expect(newElements(have, elements).map((e) => e.data.id)).toEqual([
      'meta-fleet',
      'a-claim',
      'microsoft:INVESTED_IN:openai',
      'a-claim:ABOUT:openai',
    ]);
  });
});

describe('edge captions', () => {
  it('show the title, when it began and the weight in its currency, in the compact notation of the page\u2019s language', () => {
    expect(edgeCaption(graph.edges[0], rel('INVESTED_IN'))).toBe('invested in · 2023-01 · 10B USD');
    expect(edgeCaption(graph.edges[0], rel('INVESTED_IN'), 'ja')).toMatch(/ · 2023-01 · 100億 USD$/);
    expect(edgeCaption(graph.edges[0], rel('INVESTED_IN'), 'zh')).toMatch(/ · 2023-01 · 100亿 USD$/);
  });
  it('take the start before a date of the type’s own', () => {
    expect(edgeCaption(edge('a', 'PARTNERS_WITH', 'b', { from: '2019', date: '2020' }), rel('PARTNERS_WITH'))).toBe('partners with · 2019');
  });
  it('say "undated" where nothing dates the fact, so it does not read as always true', () => {
    expect(edgeCaption(edge('a', 'COMPETES_WITH', 'b', { undated: true }), rel('COMPETES_WITH'))).toBe('competes with · undated');
  });
  it('give no date to a type without time', () => {
    expect(edgeCaption(graph.edges[2], rel('ABOUT'))).toBe('about');
  });
});

describe('the time slider’s stops', () => {
  it('are when each entity came to exist and each relationship began or ended, in order', () => {
    const withEnd = { ...graph, edges: [...graph.edges, edge('x', 'WORKS_FOR', 'openai', { from: '2016', to: '2018-02' })] };
    expect(timelineDates(withEnd, schema)).toEqual(['1975-04', '2015-12', '2016', '2018-02', '2023-01', '2024', '2024-03']);
  });
  it('leave out dates that say nothing about existence, such as a due date', () => {
    expect(timelineDates(graph, schema)).not.toContain('2025');
  });
});

describe('property wording from the schema', () => {
  it('labels a property as the schema does, else spells out its name', () => {
    expect(labelOf('h100Equivalents', kind('GPUCluster').propertyInfo)).toBe('H100 equivalents');
    expect(labelOf('someNewField', {})).toBe('some new field');
  });
  it('gives a value its unit word, or the value of the sibling that holds its unit', () => {
    expect(formatValue(100000, unitOf('h100Equivalents', kind('GPUCluster').propertyInfo, {}))).toBe('100,000 H100e');
    expect(formatValue(1e9, unitOf('amount', rel('INVESTED_IN').propertyInfo, { currency: 'USD' }))).toBe('1,000,000,000 USD');
    expect(formatValue(1e9, unitOf('amount', rel('INVESTED_IN').propertyInfo, {}))).toBe('1,000,000,000');
  });
});

describe('panel facts from the schema', () => {
  it('list a relationship’s properties in schema order, without its description or a unit shown beside its value', () => {
    expect(relationshipProperties(rel('INVESTED_IN'))).toEqual([
      'from',
      'to',
      'asOf',
      'outsideFields',
      'undated',
      'amount',
      'date',
      'round',
    ]);
  });
  it('read as label and value with its unit, for the properties the record has', () => {
    const investment = { amount: 2e9, currency: 'USD', round: 'Series C', description: 'prose' };
    expect(facts(investment, relationshipProperties(rel('INVESTED_IN')), rel('INVESTED_IN').propertyInfo)).toEqual([
      ['Amount', '2,000,000,000 USD'],
      ['Round', 'Series C'],
    ]);
  });
  it('date a claim by when it was said, then its other featured dates, labelled', () => {
    expect(datesLine(kind('Claim'), { statedOn: '2024-03', dueBy: '2025' })).toBe(', 2024-03, due by 2025');
    expect(datesLine(kind('Claim'), {})).toBe('');
  });
});
