// The pure parts of exploring: what a collapse takes away, where new nodes start, what edges say,
// layout choices and how evidence reads. Headless, no browser.
import cytoscape from 'cytoscape';
import { collapsible, edgeCaption, spreadPositions, toElements } from '../../client/graph/elements';
import { formatValue, groupRefs, propertyLabel } from '../../client/graph/evidence';
import { expandPositions, FORCE_LAYOUT_UP_TO, hubDiskPositions, isLarge, LARGE_GRAPH, layoutOptions } from '../../client/graph/layouts';
import { schemaDocument } from '../../server/api/meta.routes';
import { edge } from './client.fixtures';

const schema = schemaDocument();
const rel = (type: string) => schema.relationships.find((r) => r.type === type);

describe('collapsing a node', () => {
  // hub has two leaves (a, b) and a neighbour (c) that also links to d.
  const edges = [edge('hub', 'X', 'a'), edge('b', 'X', 'hub'), edge('hub', 'X', 'c'), edge('c', 'X', 'd')];

  it('takes the neighbours that hang on it alone, with their edges', () => {
    const gone = collapsible('hub', edges);
    expect(gone.nodes.sort()).toEqual(['a', 'b']);
    expect(gone.edges.sort()).toEqual(['b:X:hub', 'hub:X:a']);
  });
  it('keeps neighbours that link elsewhere, so the picture stays connected', () => {
    expect(collapsible('hub', edges).nodes).not.toContain('c');
    expect(collapsible('c', edges).nodes).toEqual(['d']);
  });
  it('takes nothing from a node without neighbours', () => {
    expect(collapsible('lonely', edges)).toEqual({ nodes: [], edges: [] });
  });
});

describe('starting positions', () => {
  it('never puts two nodes on the same point', () => {
    const points = spreadPositions(500, { x: 10, y: -5 });
    expect(new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(500);
  });
  it('gathers new nodes around the node they came from', () => {
    for (const p of spreadPositions(8, { x: 1000, y: 1000 }, 25)) expect(Math.hypot(p.x - 1000, p.y - 1000)).toBeLessThan(25 * 3 + 1);
  });
});

describe('edge captions', () => {
  it('fall back to the type alone', () => {
    expect(edgeCaption(edge('a', 'COMPETES_WITH', 'b'), rel('COMPETES_WITH'))).toBe('competes with');
  });
  it('travel with the elements', () => {
    const e = toElements(
      {
        nodes: [
          { id: 'a', kind: 'Person', name: 'A', aliases: [], sources: [] },
          { id: 'b', kind: 'Person', name: 'B', aliases: [], sources: [] },
        ],
        edges: [edge('a', 'SUED', 'b', { date: '2024' })],
      },
      'en',
      schema,
    ).find((x) => x.group === 'edges')!;
    expect(e.group === 'edges' && e.data.caption).toBe('sued · 2024');
  });
});

describe('layouts', () => {
  it('runs a full-quality force layout on ordinary and large graphs, leaving label sizes out on large ones', () => {
    expect(layoutOptions('fcose', { nodeCount: 200 })).toMatchObject({
      name: 'fcose',
      quality: 'default',
      randomize: true,
      nodeDimensionsIncludeLabels: true,
    });
    // Draft quality (spectral only) stacked 1,000 generated nodes on 16 spots: never used.
    expect(layoutOptions('fcose', { nodeCount: LARGE_GRAPH + 1 })).toMatchObject({
      quality: 'default',
      nodeDimensionsIncludeLabels: false,
    });
  });
  it('places hubs in the middle of a disk instead of running the force layout beyond FORCE_LAYOUT_UP_TO nodes', () => {
    const degrees = Array.from({ length: FORCE_LAYOUT_UP_TO + 1 }, (_, i) => ({ id: `n${i}`, degree: i % 7 === 0 ? 50 : 1 }));
    const options = layoutOptions('fcose', { nodeCount: degrees.length, degrees: () => degrees }) as unknown as {
      name: string;
      positions: (n: { id(): string }) => { x: number; y: number };
    };
    expect(options.name).toBe('preset');
    const at = (id: string) => options.positions({ id: () => id });
    const radius = (id: string) => Math.hypot(at(id).x, at(id).y);
    const hubs = degrees.filter((d) => d.degree === 50).map((d) => radius(d.id));
    const leaves = degrees.filter((d) => d.degree === 1).map((d) => radius(d.id));
    expect(Math.max(...hubs)).toBeLessThan(Math.min(...leaves));
  });
  it('never stacks two nodes on the hub disk', () => {
    const positions = hubDiskPositions(Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, degree: i % 13 })));
    expect(new Set([...positions.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(5000);
  });
  it('treats the seed graph with a hub expanded into it as ordinary, and 1,000 nodes as large', () => {
    expect(isLarge(225 + 299)).toBe(false);
    expect(isLarge(1000)).toBe(true);
  });
  it('leaves fitting the picture to the page, so bounding boxes are measured once', () => {
    for (const name of ['fcose', 'concentric', 'breadthfirst'] as const)
      expect(layoutOptions(name, { nodeCount: 10 })).toMatchObject({ fit: false });
  });
  it('puts the focus at the centre of the concentric layout', () => {
    const cy = cytoscape({
      headless: true,
      elements: [{ data: { id: 'f' } }, { data: { id: 'hub' } }, { data: { id: 'x' } }, { data: { id: 'e1', source: 'hub', target: 'x' } }],
    });
    const options = layoutOptions('concentric', { focus: 'f', nodeCount: 3 }) as unknown as {
      concentric: (n: cytoscape.NodeSingular) => number;
    };
    expect(options.concentric(cy.getElementById('f'))).toBeGreaterThan(options.concentric(cy.getElementById('hub')));
  });
});

describe('placing the neighbours an expand brings', () => {
  const hub = { x: 100, y: 0 };
  const rest = { x: 0, y: 0 };
  const points = expandPositions(299, hub, rest);
  it('gives each new node its own point', () => {
    expect(points).toHaveLength(299);
    expect(new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(299);
  });
  it('puts them beside the hub, on the side away from the rest of the picture', () => {
    for (const p of points) expect(p.x).toBeGreaterThan(hub.x);
  });
  it('keeps them a readable distance apart', () => {
    const nearest = Math.min(...points.slice(0, 50).flatMap((p, i) => points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
    expect(nearest).toBeGreaterThan(28);
  });
  it('picks a side even when the hub is the centre of the picture', () => {
    expect(expandPositions(5, rest, rest).every((p) => Number.isFinite(p.x) && Math.hypot(p.x, p.y) > 0)).toBe(true);
  });
});

describe('evidence as a person reads it', () => {
  it('groups paragraphs per document, in order and once each', () => {
    expect(
      groupRefs([
        { source: 's1', paragraph: 8 },
        { source: 's2', paragraph: 1 },
        { source: 's1', paragraph: 6 },
        { source: 's1', paragraph: 8 },
      ]),
    ).toEqual([
      { source: 's1', paragraphs: [6, 8], inferences: [], outside: false },
      { source: 's2', paragraphs: [1], inferences: [], outside: false },
    ]);
  });
  it('keeps which citations are inferences, with their notes, and which documents lie outside the curated ones', () => {
    expect(
      groupRefs([
        { source: 's1', paragraph: 3, basis: 'inference', note: 'the company is OpenAI' },
        { source: 's1', paragraph: 2 },
        { source: 'web', paragraph: 1, basis: 'outside' },
      ]),
    ).toEqual([
      { source: 's1', paragraphs: [2, 3], inferences: [{ paragraph: 3, note: 'the company is OpenAI' }], outside: false },
      { source: 'web', paragraphs: [1], inferences: [], outside: true },
    ]);
  });
  it('shows numbers with their unit, and amounts with their currency', () => {
    expect(formatValue(100000, 'H100e')).toBe('100,000 H100e');
    expect(formatValue(1e9, 'USD')).toBe('1,000,000,000 USD');
    expect(formatValue(true)).toBe('yes');
  });
  it('turns property names into labels', () => {
    expect(propertyLabel('h100Equivalents')).toBe('h100 equivalents');
  });
});
