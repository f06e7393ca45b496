// Builds the cytoscape stylesheet from the schema the API serves (itself from graph-schema):
// colours, shapes and line styles are never listed a second time in the client.
import type { SchemaDocument } from './types';

const CLAIM_COLOURS: Record<string, string> = {
  prediction: '#8e24aa',
  opinion: '#f06292',
  announcement: '#1e88e5',
  'reported-fact': '#757575',
};

export function stylesheet(schema: SchemaDocument): Record<string, unknown>[] {
  const rules: Record<string, unknown>[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
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
        'min-zoomed-font-size': 9,
      },
    },
  ];
  for (const kind of schema.kinds)
    rules.push({ selector: `node[kind = "${kind.label}"]`, style: { 'background-color': kind.color, shape: kind.shape } });
  for (const [claimKind, colour] of Object.entries(CLAIM_COLOURS))
    rules.push({ selector: `node[claimKind = "${claimKind}"]`, style: { 'background-color': colour } });
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
  rules.push(
    { selector: 'edge.labelled', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb300' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#ffb300', 'target-arrow-color': '#ffb300' } },
    { selector: '.path', style: { 'border-width': 4, 'border-color': '#ff6f00', 'line-color': '#ff6f00', 'target-arrow-color': '#ff6f00', width: 4, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.focus', style: { 'border-width': 4, 'border-color': '#1d2330' } },
  );
  return rules;
}

export { CLAIM_COLOURS };
