// Layout options in one place, one comment per choice. Pure: options only, the page runs them.
import type { LayoutOptions, NodeSingular } from 'cytoscape';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';
export const LAYOUT_NAMES: LayoutName[] = ['fcose', 'concentric', 'breadthfirst'];

/**
 * Above this many nodes the picture is "large": the force layout trades polish for speed (draft
 * quality, no label sizes) and the stylesheet draws cheaper edges and labels (see stylesheet.ts).
 * The seed graph (about 225 nodes) and a hub expanded into it (about 530) stay below it.
 */
export const LARGE_GRAPH = 800;

export function isLarge(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH;
}

export function layoutOptions(name: LayoutName, args: { focus?: string; nodeCount: number }): LayoutOptions {
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
      } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', animate: false, fit: false, directed: false, roots: args.focus ? [args.focus] : undefined, spacingFactor: 1.1, circle: !!args.focus } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        animate: false,
        fit: false,
        randomize: true,
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

/**
 * Where an expand puts the new neighbours of `hub`: a sunflower disk beside the hub, on the side
 * away from the rest of the picture (its centre `away`), so the new nodes neither land on the old
 * ones nor make the whole picture move. Placing them costs nothing, unlike a force layout of the
 * whole picture, which took most of an expand's time.
 */
export function expandPositions(count: number, hub: { x: number; y: number }, away: { x: number; y: number }, spacing = 32): { x: number; y: number }[] {
  const dx = hub.x - away.x;
  const dy = hub.y - away.y;
  const length = Math.hypot(dx, dy);
  const [ux, uy] = length > 1e-6 ? [dx / length, dy / length] : [1, 0];
  // The disk's radius is about spacing * sqrt(count); its near rim starts one spacing past the hub.
  const radius = spacing * Math.sqrt(count + 1);
  const centre = { x: hub.x + ux * (radius + spacing), y: hub.y + uy * (radius + spacing) };
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => ({
    x: centre.x + spacing * Math.sqrt(i + 0.5) * Math.cos(i * golden),
    y: centre.y + spacing * Math.sqrt(i + 0.5) * Math.sin(i * golden),
  }));
}
