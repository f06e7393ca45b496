// Builds the cytoscape stylesheet from the schema the API serves (itself from graph-schema):
// colours, shapes and line styles are never listed a second time in the client.
import { DEFAULT_NODE_SIZE, type NodeShape } from '../../graph-schema/rules';
import type { SchemaDocument } from './types';

export interface PaletteEntry {
  kind: string;
  shape: NodeShape;
  property: string;
  value: string;
  colour: string;
}

/** Every colour of every palette the schema gives (the kinds of claim), in the schema's order. */
export function paletteEntries(schema: SchemaDocument): PaletteEntry[] {
  return schema.kinds.flatMap((kind) =>
    Object.entries(kind.palettes).flatMap(([property, colours]) =>
      Object.entries(colours).map(([value, colour]) => ({ kind: kind.label, shape: kind.shape, property, value, colour })),
    ),
  );
}

// Legend swatches take the shape cytoscape draws, as a CSS clip-path (set through the CSSOM, which
// the page's Content-Security-Policy allows, unlike inline style attributes).
const CLIP_PATHS: Record<string, string> = {
  ellipse: 'circle(50%)',
  'round-rectangle': 'inset(0 round 25%)',
  rectangle: 'inset(0)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  octagon: 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
  rhomboid: 'polygon(33% 0, 100% 0, 67% 100%, 0 100%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  vee: 'polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
  'round-tag': 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)',
  tag: 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)',
  barrel: 'inset(0 round 35% / 15%)',
};
export function swatchClipPath(shape: string): string {
  return CLIP_PATHS[shape] ?? 'circle(50%)';
}

/**
 * Cheaper drawing for large pictures (layouts.ts isLarge), where every frame redraws thousands of
 * elements: straight "haystack" edges without arrows (no curve or arrowhead to compute and fill),
 * labels without their white outline (a second text pass) and only once zoomed in enough to read.
 * Colours, shapes and line styles stay as in the small picture.
 */
const LARGE_RULES: Record<string, unknown>[] = [
  { selector: 'node', style: { 'text-outline-width': 0, 'min-zoomed-font-size': 12 } },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', opacity: 1 } },
];

export function stylesheet(schema: SchemaDocument, options: { large?: boolean } = {}): Record<string, unknown>[] {
  const rules: Record<string, unknown>[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        color: '#1d2330',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        opacity: 0.8,
        'font-size': 8,
        'text-rotation': 'autorotate',
        color: '#555',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 9,
      },
    },
  ];
  for (const kind of schema.kinds)
    rules.push({ selector: `node[kind = "${kind.label}"]`, style: { 'background-color': kind.color, shape: kind.shape } });
  // Kinds drawn smaller than usual are the many (claims): their labels appear only when zoomed in.
  for (const kind of schema.kinds)
    if (!kind.size.by?.length && kind.size.fixed < DEFAULT_NODE_SIZE)
      rules.push({ selector: `node[kind = "${kind.label}"]`, style: { 'font-size': 8, 'min-zoomed-font-size': 11 } });
  // The few hubs keep a label at any zoom (canvas/hub-labels.ts sets the size as the zoom changes).
  rules.push({
    selector: 'node.hub[hubFont]',
    style: { 'font-size': 'data(hubFont)', 'text-max-width': 'data(hubWidth)', 'min-zoomed-font-size': 0, 'font-weight': 600 },
  });
  for (const entry of paletteEntries(schema))
    rules.push({
      selector: `node[kind = "${entry.kind}"][${entry.property} = "${entry.value}"]`,
      style: { 'background-color': entry.colour },
    });
  for (const rel of schema.relationships)
    rules.push({
      selector: `edge[type = "${rel.type}"]`,
      style: {
        'line-color': rel.color,
        'target-arrow-color': rel.color,
        'line-style': rel.lineStyle,
        ...(rel.symmetric ? { 'target-arrow-shape': 'none' } : {}),
      },
    });
  // Size by a centrality measure and colour by community (set by the analytics control) win over the kind's.
  rules.push(
    { selector: 'node[measureSize]', style: { width: 'data(measureSize)', height: 'data(measureSize)' } },
    { selector: 'node[groupColour]', style: { 'background-color': 'data(groupColour)' } },
  );
  if (options.large) rules.push(...LARGE_RULES);
  rules.push(
    { selector: 'edge.labelled', style: { label: 'data(caption)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb300' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#ffb300', 'target-arrow-color': '#ffb300' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ff6f00' } },
    { selector: 'edge.path', style: { 'line-color': '#ff6f00', 'target-arrow-color': '#ff6f00', width: 4, 'z-index': 10 } },
    { selector: '.focus', style: { 'border-width': 4, 'border-color': '#1d2330' } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return rules;
}
