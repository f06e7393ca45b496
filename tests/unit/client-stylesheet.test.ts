// Styles come from the schema: every kind and relationship type gets its colour and shape.
import { paletteEntries, stylesheet, swatchClipPath } from '../../client/graph/stylesheet';
import { schemaDocument } from '../../server/api/meta.routes';

describe('the stylesheet derived from graph-schema', () => {
  const schema = schemaDocument();
  const rules = stylesheet(schema);
  it('styles every kind with its colour and shape', () => {
    for (const kind of schema.kinds)
      expect(rules).toContainEqual({
        selector: `node[kind = "${kind.label}"]`,
        style: { 'background-color': kind.color, shape: kind.shape },
      });
  });
  it('draws symmetric relationships without arrows', () => {
    const rule = rules.find((r) => r.selector === 'edge[type = "COMPETES_WITH"]') as { style: Record<string, unknown> };
    expect(rule.style['target-arrow-shape']).toBe('none');
  });
  it('colours each claim kind graph-schema allows with its palette, and no other', () => {
    const claim = schema.kinds.find((k) => k.label === 'Claim')!;
    const allowed = claim.propertySchemas.claimKind.enum!;
    const entries = paletteEntries(schema).filter((e) => e.kind === 'Claim' && e.property === 'claimKind');
    expect(entries.map((e) => e.value)).toEqual(allowed);
    expect(new Set(entries.map((e) => e.colour)).size).toBe(allowed.length);
    for (const entry of entries)
      expect(rules).toContainEqual({
        selector: `node[kind = "Claim"][claimKind = "${entry.value}"]`,
        style: { 'background-color': claim.palettes.claimKind[entry.value] },
      });
  });
  it('gives small labels, shown only when zoomed in, to the kinds drawn small', () => {
    const small = rules.filter((r) => (r.style as Record<string, unknown>)['min-zoomed-font-size'] === 11).map((r) => r.selector);
    expect(small).toContain('node[kind = "Claim"]');
    expect(small).not.toContain('node[kind = "Person"]');
    expect(small).not.toContain('node[kind = "GPUCluster"]');
  });
  it('gives the shape of every kind a legend swatch outline', () => {
    for (const kind of schema.kinds) expect(swatchClipPath(kind.shape)).toMatch(/^(circle|inset|polygon)\(/);
    expect(swatchClipPath('diamond')).not.toBe(swatchClipPath('hexagon'));
  });
  it('hides what the legend switches off, after every colour rule', () => {
    for (const sheet of [rules, stylesheet(schema, { large: true })]) {
      const hidden = sheet.findIndex((r) => r.selector === '.hidden');
      expect(sheet[hidden].style).toEqual({ display: 'none' });
      expect(hidden).toBe(sheet.length - 1);
    }
  });
  it('draws large pictures with straight edges without arrows and labels without outline, keeping the colours', () => {
    const large = stylesheet(schema, { large: true });
    const last = (selector: string, property: string) =>
      large
        .filter((r) => r.selector === selector)
        .map((r) => (r.style as Record<string, unknown>)[property])
        .filter((v) => v !== undefined)
        .pop();
    expect(last('edge', 'curve-style')).toBe('haystack');
    expect(last('edge', 'target-arrow-shape')).toBe('none');
    expect(last('node', 'text-outline-width')).toBe(0);
    for (const kind of schema.kinds) expect(large).toContainEqual(rules.find((r) => r.selector === `node[kind = "${kind.label}"]`));
    // The small picture keeps its arrows and outlined labels.
    expect(rules.some((r) => (r.style as Record<string, unknown>)['curve-style'] === 'haystack')).toBe(false);
  });
});
