// Sizes and colours the analytics give the nodes on the canvas: a node the answer does not name
// goes back to its kind's size and colour (stylesheet.ts draws `measureSize` and `groupColour`).
import type { Core } from 'cytoscape';

export const MIN_SIZE = 14;
export const MAX_SIZE = 80;

/** Pixel sizes from scores: the area grows with the score, the top score gets MAX_SIZE. */
export function sizesFor(items: { id: string; score: number }[]): Map<string, number> {
  const top = Math.max(0, ...items.map((i) => i.score));
  return new Map(items.map((i) => [i.id, top > 0 ? Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(i.score / top)) : MIN_SIZE]));
}

/** Colour-blind-safe colours for the largest groups; the rest share a grey. */
export const GROUP_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];
export const OTHER_GROUPS = '#bab0ac';
export const groupColour = (index: number) => GROUP_COLOURS[index] ?? OTHER_GROUPS;

export function paintNodes(cy: Core, sizes: Map<string, number> | undefined, colours: Map<string, string> | undefined): void {
  cy.batch(() =>
    cy.nodes().forEach((node) => {
      const size = sizes?.get(node.id());
      const colour = colours?.get(node.id());
      if (size === undefined) node.removeData('measureSize');
      else node.data('measureSize', size);
      if (colour === undefined) node.removeData('groupColour');
      else node.data('groupColour', colour);
    }),
  );
}
