// Layout options in one place, one comment per choice. Pure: options only, the page runs them.
import type { LayoutOptions, NodeSingular } from 'cytoscape';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';
export const LAYOUT_NAMES: LayoutName[] = ['fcose', 'concentric', 'breadthfirst'];

/** Above this many nodes the force layout trades polish for speed (draft quality, no label sizes). */
export const LARGE_GRAPH = 1500;

export function layoutOptions(name: LayoutName, args: { focus?: string; nodeCount: number; incremental?: boolean }): LayoutOptions {
  const large = args.nodeCount > LARGE_GRAPH;
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        // The focus in the middle, then rings by degree: hubs near the centre.
        concentric: (n: NodeSingular) => (n.id() === args.focus ? Number.MAX_SAFE_INTEGER : n.degree(false)),
        levelWidth: () => 2,
        minNodeSpacing: 12,
      } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', animate: false, directed: false, roots: args.focus ? [args.focus] : undefined, spacingFactor: 1.1, circle: !!args.focus } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        animate: false,
        // An expand keeps what the reader has already placed in their head: start from the
        // current positions instead of a fresh random start.
        randomize: !args.incremental,
        quality: large ? 'draft' : 'default',
        // Labels take room: counting them keeps clusters readable instead of a pile of text.
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 80,
        nodeSeparation: 90,
        packComponents: true,
        tile: true,
      } as LayoutOptions;
  }
}
