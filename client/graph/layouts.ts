// Layout options in one place, one comment per choice. Pure: options only, the page runs them.
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import { spreadPositions } from './elements';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';

/**
 * Above this many nodes the picture is "large": the force layout leaves label sizes out and the
 * stylesheet draws cheaper edges and labels (see stylesheet.ts). The seed graph (about 225 nodes)
 * and a hub expanded into it (about 530) stay below it.
 */
export const LARGE_GRAPH = 800;

/**
 * Above this many nodes "Force-directed" places hubs in the middle of a disk by degree instead
 * (`hubDiskPositions`): fcose blocks the page for seconds at that size, and its fast draft quality
 * stacks the nodes on a few spots (figures in docs/client.md).
 */
export const FORCE_LAYOUT_UP_TO = 1500;

export function isLarge(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH;
}

/**
 * A disk of `nodes.length` points on a sunflower spiral, handed out by degree: the best-connected
 * node at the centre, the least at the rim. Costs a sort; no node lands on another.
 */
export function hubDiskPositions(nodes: { id: string; degree: number }[], spacing = 40): Map<string, { x: number; y: number }> {
  const byDegree = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const points = spreadPositions(byDegree.length, { x: 0, y: 0 }, spacing);
  return new Map(byDegree.map((node, i) => [node.id, points[i]]));
}

export function layoutOptions(
  name: LayoutName,
  args: { focus?: string; nodeCount: number; degrees?: () => { id: string; degree: number }[] },
): LayoutOptions {
  const large = isLarge(args.nodeCount);
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        // The page fits the picture itself (minus hidden elements, capped zoom): fitting here too
        // would measure every bounding box twice.
        fit: false,
        // The focus in the middle, then rings by degree: hubs near the centre.
        concentric: (n: NodeSingular) => (n.id() === args.focus ? Number.MAX_SAFE_INTEGER : n.degree(false)),
        levelWidth: () => 2,
        minNodeSpacing: 12,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        fit: false,
        directed: false,
        roots: args.focus ? [args.focus] : undefined,
        spacingFactor: 1.1,
        circle: !!args.focus,
      };
    default:
      if (args.nodeCount > FORCE_LAYOUT_UP_TO && args.degrees) {
        const positions = hubDiskPositions(args.degrees());
        return { name: 'preset', animate: false, fit: false, positions: (n: NodeSingular) => positions.get(n.id()) } as LayoutOptions;
      }
      return {
        name: 'fcose',
        animate: false,
        fit: false,
        randomize: true,
        quality: 'default',
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

/**
 * Where an expand puts the new neighbours of `hub`: a sunflower disk beside the hub, on the side
 * away from the rest of the picture (its centre `away`), so the new nodes neither land on the old
 * ones nor make the whole picture move. Placing them costs nothing; a force layout of the whole
 * picture would cost most of an expand's time.
 */
export function expandPositions(
  count: number,
  hub: { x: number; y: number },
  away: { x: number; y: number },
  spacing = 32,
): { x: number; y: number }[] {
  const dx = hub.x - away.x;
  const dy = hub.y - away.y;
  const length = Math.hypot(dx, dy);
  const [ux, uy] = length > 1e-6 ? [dx / length, dy / length] : [1, 0];
  // The disk's radius is about spacing * sqrt(count); its near rim starts one spacing past the hub.
  const radius = spacing * Math.sqrt(count + 1);
  const centre = { x: hub.x + ux * (radius + spacing), y: hub.y + uy * (radius + spacing) };
  return spreadPositions(count, centre, spacing);
}
