// Force-directed positions for a picture, computed on the server once per graph state so the
// explorer draws its first frame without running a layout in the browser (docs/performance.md).
// The same fcose layout the explorer runs, in a headless cytoscape: labels cannot be measured
// without a canvas, so each node is given the room its label will take (an estimate by length).
// fcose draws on Math.random; it is seeded for the run, so one graph gets one picture on every
// server and every reload.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DEFAULT_NODE_SIZE, kindDefinition, nodeSizeValue } from '../../graph-schema';
import { seededRandom } from '../analytics/seeded-random';
import type { Graph } from '../repositories/records';

cytoscape.use(fcose);

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Pictures larger than this get no positions, and the explorer lays them out itself: fcose runs on
 * the server's event loop and grows faster than linearly. On the benchmark's busy machine it took
 * 0.3 s warm for the 225-node seed, and 6-7 s for 520 and 754 nodes, time in which the server
 * answers nobody.
 */
export const POSITIONS_UP_TO = 300;

// The explorer's node sizes (client/graph/elements.ts nodeSize) and label box (10 px font,
// ellipsis at 110 px), so the room left between nodes is the room the drawn picture needs.
const LABEL_CHAR_PX = 5.8;
const LABEL_MAX_PX = 110;
const LABEL_HEIGHT_PX = 16;

function nodeSize(entity: Graph['nodes'][number]): number {
  const kind = kindDefinition(entity.kind)?.meta;
  if (!kind) return DEFAULT_NODE_SIZE;
  const measure = nodeSizeValue(kind, entity);
  return measure !== undefined && measure > 0 ? Math.min(90, 22 + 6 * Math.log10(measure)) : kind.size.fixed;
}

/** Positions for every node of `graph`, rounded to whole pixels; undefined when it is too large. */
export function pictureLayout(graph: Graph): Positions | undefined {
  if (graph.nodes.length === 0 || graph.nodes.length > POSITIONS_UP_TO) return undefined;
  const ids = new Set(graph.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...graph.nodes.map((n, i) => {
        const size = nodeSize(n);
        const label = Math.min(LABEL_MAX_PX, String(n.name).length * LABEL_CHAR_PX);
        // A sunflower start, as the explorer's: no two nodes on one point.
        const angle = i * Math.PI * (3 - Math.sqrt(5));
        const r = 40 * Math.sqrt(i + 1);
        return {
          group: 'nodes' as const,
          data: { id: n.id, w: Math.max(size, label), h: size + LABEL_HEIGHT_PX },
          position: { x: r * Math.cos(angle), y: r * Math.sin(angle) },
        };
      }),
      ...graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const random = Math.random;
  Math.random = seededRandom(42);
  try {
    cy.layout({
      name: 'fcose',
      animate: false,
      fit: false,
      randomize: true,
      quality: 'default',
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 80,
      nodeSeparation: 90,
      packComponents: true,
      tile: true,
    } as LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  cy.destroy();
  return positions;
}
