// Styles come from the schema: every kind and relationship type gets its colour and shape.
import { stylesheet } from '../../client/graph/stylesheet';
import { schemaDocument } from '../../server/api/meta.routes';
import type { SchemaDocument } from '../../client/graph/types';

describe('the stylesheet derived from graph-schema', () => {
  const schema = schemaDocument() as unknown as SchemaDocument;
  const rules = stylesheet(schema);
  it('styles every kind with its colour and shape', () => {
    for (const kind of schema.kinds)
      expect(rules).toContainEqual({ selector: `node[kind = "${kind.label}"]`, style: { 'background-color': kind.color, shape: kind.shape } });
  });
  it('draws symmetric relationships without arrows', () => {
    const rule = rules.find((r) => r.selector === 'edge[type = "COMPETES_WITH"]') as { style: Record<string, unknown> };
    expect(rule.style['target-arrow-shape']).toBe('none');
  });
});
