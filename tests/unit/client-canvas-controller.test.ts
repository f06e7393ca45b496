// The canvas controller on a headless cytoscape: what it draws, what an expand, a collapse and a
// removal change, that each of them undoes and redoes, and that canvas clicks come out as events.
import { CanvasController } from '../../client/canvas/canvas-controller';
import type { Graph } from '../../client/graph/types';
import { schemaDocument } from '../../server/api/meta.routes';
import { edge, entity } from './client.fixtures';

const schema = schemaDocument();
const draw = { lang: 'en' as const, hidden: {}, layout: 'concentric' as const };

// microsoft invests in openai; openai developed gpt-4; elon-musk founded openai and xai.
const seed: Graph = {
  nodes: [entity('microsoft', 'Organization'), entity('openai', 'Organization', { nameJa: 'オープンAI' }), entity('gpt-4', 'AIModel')],
  edges: [edge('microsoft', 'INVESTED_IN', 'openai'), edge('openai', 'DEVELOPED', 'gpt-4')],
};
const aroundOpenai: Graph = {
  nodes: [entity('openai', 'Organization'), entity('elon-musk', 'Person'), entity('microsoft', 'Organization')],
  edges: [edge('elon-musk', 'FOUNDED', 'openai'), edge('microsoft', 'INVESTED_IN', 'openai')],
};

const ids = (canvas: CanvasController) =>
  canvas.cy
    .elements()
    .map((e) => e.id())
    .sort();

function drawn(graph = seed) {
  const canvas = new CanvasController(schema);
  canvas.draw(graph, draw);
  return canvas;
}

describe('the canvas controller', () => {
  it('draws every node and edge of a graph, with the data the stylesheet reads', () => {
    const canvas = drawn();
    expect(ids(canvas)).toEqual(['gpt-4', 'microsoft', 'microsoft:INVESTED_IN:openai', 'openai', 'openai:DEVELOPED:gpt-4']);
    expect(canvas.cy.getElementById('openai').data()).toMatchObject({ kind: 'Organization', label: 'OPENAI' });
    expect(canvas.cy.getElementById('openai:DEVELOPED:gpt-4').data('type')).toBe('DEVELOPED');
    // Few edges: each shows its caption.
    expect(canvas.cy.edges('.labelled').length).toBe(canvas.cy.edges().length);
  });

  it('replaces the picture on the next draw', () => {
    const canvas = drawn();
    canvas.draw(aroundOpenai, { ...draw, focus: 'openai' });
    expect(
      canvas.cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['elon-musk', 'microsoft', 'openai']);
  });

  it('hides what the legend unticks and keeps it loaded', () => {
    const canvas = drawn();
    canvas.applyHidden({ hideKinds: ['AIModel'], hideTypes: ['INVESTED_IN'] });
    expect(canvas.cy.getElementById('gpt-4').hasClass('hidden')).toBe(true);
    expect(canvas.cy.getElementById('microsoft:INVESTED_IN:openai').hasClass('hidden')).toBe(true);
    expect(
      canvas
        .shown()
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['microsoft', 'openai']);
    expect(canvas.shown().edges.map((e) => e.type)).not.toContain('INVESTED_IN');
    canvas.applyHidden({});
    expect(canvas.shown().nodes).toHaveLength(3);
  });

  it('adds only what is new around a node, and the edit undoes and redoes the addition', () => {
    const canvas = drawn();
    const before = ids(canvas);
    const { added, edit } = canvas.addAround('openai', aroundOpenai, 'en', {});
    expect(added).toBe(1);
    expect(ids(canvas)).toEqual([...before, 'elon-musk', 'elon-musk:FOUNDED:openai'].sort());
    edit!.undo();
    expect(ids(canvas)).toEqual(before);
    edit!.redo();
    expect(ids(canvas)).toContain('elon-musk:FOUNDED:openai');
    expect(canvas.addAround('openai', aroundOpenai, 'en', {})).toEqual({ added: 0 });
  });

  it('collapses the neighbours that hang on a node alone, and the edit brings them back', () => {
    const canvas = drawn();
    const before = ids(canvas);
    const { removed, edit } = canvas.collapse('openai');
    expect(removed).toBe(2);
    expect(ids(canvas)).toEqual(['openai']);
    edit!.undo();
    expect(ids(canvas)).toEqual(before);
    edit!.redo();
    expect(ids(canvas)).toEqual(['openai']);
    expect(canvas.collapse('openai')).toEqual({ removed: 0 });
  });

  it('removes a node with its edges, undoably', () => {
    const canvas = drawn();
    const edit = canvas.remove('openai')!;
    expect(edit.title).toBe('Remove OPENAI');
    expect(ids(canvas)).toEqual(['gpt-4', 'microsoft']);
    edit.undo();
    expect(ids(canvas)).toHaveLength(5);
    expect(canvas.remove('nobody')).toBeUndefined();
  });

  it('relabels nodes in the chosen language, and names ids it does not hold by the id', () => {
    const canvas = drawn();
    canvas.relabel('ja');
    expect(canvas.nameOf('openai')).toBe('オープンAI');
    expect(canvas.nameOf('microsoft')).toBe('MICROSOFT');
    expect(canvas.nameOf('not-drawn')).toBe('not-drawn');
  });

  it('tells what the reader did on the canvas as events', () => {
    const canvas = drawn();
    const seen: string[] = [];
    canvas.on('node-tap', (id) => seen.push(`tap ${id}`));
    canvas.on('node-dbltap', (id) => seen.push(`dbltap ${id}`));
    canvas.on('edge-tap', (e) => seen.push(`edge ${e.type}`));
    canvas.cy.getElementById('openai').emit('tap');
    canvas.cy.getElementById('gpt-4').emit('dbltap');
    canvas.cy.getElementById('openai:DEVELOPED:gpt-4').emit('tap');
    expect(seen).toEqual(['tap openai', 'dbltap gpt-4', 'edge DEVELOPED']);
  });
});

describe('the hubs’ labels', () => {
  // A star of twelve models around OpenAI, and Microsoft tied to OpenAI and two of them.
  const models = Array.from({ length: 12 }, (_, i) => entity(`model-${i}`, 'AIModel'));
  const star: Graph = {
    nodes: [entity('openai', 'Organization'), entity('microsoft', 'Organization'), ...models],
    edges: [
      ...models.map((m) => edge('openai', 'DEVELOPED', m.id)),
      edge('microsoft', 'INVESTED_IN', 'openai'),
      edge('microsoft', 'DEVELOPED', 'model-0'),
      edge('microsoft', 'DEVELOPED', 'model-1'),
    ],
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('labels the best-connected nodes at a size that follows the zoom, and only nodes tied more than once', async () => {
    const canvas = drawn(star);
    await settle();
    const hubs = () =>
      canvas.cy
        .nodes('.hub')
        .map((n) => n.id())
        .sort();
    expect(hubs()).toEqual(['microsoft', 'model-0', 'model-1', 'openai']);
    canvas.cy.zoom(0.25);
    expect(canvas.cy.getElementById('openai').data('hubFont')).toBe(44);
    canvas.cy.zoom(2);
    expect(canvas.cy.getElementById('openai').data('hubFont')).toBe(10);
    // Hidden by the legend, a node is no hub; the two models tied twice remain.
    canvas.applyHidden({ hideKinds: ['Organization'] });
    await settle();
    expect(hubs()).toEqual(['model-0', 'model-1']);
  });
});
