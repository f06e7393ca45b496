// Where a drawn graph's nodes start: the server's force-directed positions when it sent them for
// this very graph and the force layout is chosen (the picture is then drawn as it is, with no
// layout in the page), else a sunflower spread for the page's layout to start from.
import { spreadPositions } from '../graph/elements';
import type { LayoutName } from '../graph/layouts';
import type { Graph } from '../graph/types';

export type Positions = Record<string, { x: number; y: number }>;

export interface Placement {
  /** Whether the positions are final: no layout runs. */
  preset: boolean;
  /** The start of the node with this id; called once per node, in the graph's order. */
  next(id: string): { x: number; y: number };
}

export function placement(graph: Graph, layout: LayoutName, positions: Positions | undefined): Placement {
  const given = layout === 'fcose' ? positions : undefined;
  if (given && graph.nodes.every((n) => given[n.id] !== undefined)) return { preset: true, next: (id) => ({ ...given[id] }) };
  const spread = spreadPositions(graph.nodes.length);
  let i = 0;
  return { preset: false, next: () => spread[i++] };
}
