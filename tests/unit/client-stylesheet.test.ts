// Styles come from the schema: every kind and relationship type gets its colour and shape.
import { claimKindColours, stylesheet, swatchClipPath } from '../../client/graph/stylesheet';
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
  it('colours each claim kind graph-schema allows, and no other', () => {
    const claim = schema.kinds.find((k) => k.label === 'Claim')!;
    const allowed = (claim.propertySchemas.claimKind as { enum: string[] }).enum;
    const colours = claimKindColours(schema);
    expect(Object.keys(colours)).toEqual(allowed);
    expect(new Set(Object.values(colours)).size).toBe(allowed.length);
    for (const claimKind of allowed) expect(rules.some((r) => r.selector === `node[claimKind = "${claimKind}"]`)).toBe(true);
  });
  it('gives the shape of every kind a legend swatch outline', () => {
    for (const kind of schema.kinds) expect(swatchClipPath(kind.shape)).toMatch(/^(circle|inset|polygon)\(/);
    expect(swatchClipPath('diamond')).not.toBe(swatchClipPath('hexagon'));
  });
  it('hides what the legend switches off, after every colour rule', () => {
    const hidden = rules.findIndex((r) => r.selector === '.hidden');
    expect(rules[hidden].style).toEqual({ display: 'none' });
    expect(hidden).toBe(rules.length - 1);
  });
});
