// The canvas controller alone owns the cytoscape instance: every operation on the picture goes
// through it, and what the reader does on it comes out as events. Runs headless too.
import type { Collection, Core, EventObject, SingularElementReturnValue, StylesheetJson } from 'cytoscape';
import { Emitter } from '../events';
import { EDGE_CAPTIONS_UP_TO, FIT_PADDING, MAX_FIT_ZOOM, type CanvasEvents, type DrawOptions, type Hidden } from './canvas-options';
import { collapsible, newElements, relabelled, toElements, type NodeData } from '../graph/elements';
import { expandPositions, isLarge, layoutOptions, type LayoutName } from '../graph/layouts';
import { stylesheet } from '../graph/stylesheet';
import type { Edge, Entity, Graph, Language, SchemaDocument } from '../graph/types';
import type { Edit } from '../view/undo-stack';
import { keepHubLabels } from './hub-labels';
import { placement } from './placement';
import { chosenRenderer, createCore } from './renderer';

export class CanvasController extends Emitter<CanvasEvents> {
  readonly cy: Core;
  /** Whether the stylesheet in use is the cheaper one for large pictures. */
  private largeStyle = false;
  private firstRendered = false;

  constructor(
    readonly schema: SchemaDocument,
    container?: HTMLElement,
  ) {
    super();
    this.cy = createCore(container, this.style(false), chosenRenderer());
    // cytoscape types an event's target as any; on these selectors it is the node or edge tapped.
    const target = (e: EventObject) => e.target as SingularElementReturnValue;
    this.cy.on('tap', 'node', (e) => this.emit('node-tap', target(e).id()));
    this.cy.on('tap', 'edge', (e) => this.emit('edge-tap', target(e).data('edge') as Edge));
    this.cy.on('dbltap', 'node', (e) => this.emit('node-dbltap', target(e).id()));
    keepHubLabels(this.cy);
  }

  private style(large: boolean): StylesheetJson {
    // stylesheet() is plain data (tested without cytoscape); its rules are cytoscape's style blocks.
    return stylesheet(this.schema, { large }) as unknown as StylesheetJson;
  }

  /** Replaces the picture with `graph`, laid out around `focus` when there is one. */
  draw(graph: Graph, options: DrawOptions): void {
    const cy = this.cy;
    const start = placement(graph, options.layout, options.positions);
    cy.elements().remove();
    // The cheaper stylesheet for large pictures (and back) is swapped in while the picture is empty.
    const large = isLarge(graph.nodes.length);
    if (large !== this.largeStyle) cy.style(this.style((this.largeStyle = large)));
    cy.batch(() => {
      cy.add(
        toElements(graph, options.lang, this.schema).map((e) => (e.group === 'nodes' ? { ...e, position: start.next(e.data.id) } : e)),
      );
    });
    // Edge captions (type, date, amount) only when few edges are drawn: beyond that they are noise.
    if (cy.edges().length <= EDGE_CAPTIONS_UP_TO) cy.edges().addClass('labelled');
    this.applyHidden(options.hidden);
    if (start.preset) this.fit();
    else this.layout(options.layout, options.focus);
    this.markFirstRender();
  }

  /** Marks every element as part of a path, or one node as the focus. */
  mark(className: 'path' | 'focus', id?: string): void {
    (id === undefined ? this.cy.elements() : this.cy.getElementById(id)).addClass(className);
  }

  /**
   * Adds what `graph` holds beyond the picture around `hub`. Only the new nodes are placed, beside
   * the hub and away from the rest: the picture the reader already knows stays where it was.
   */
  addAround(hub: string, graph: Graph, lang: Language, hidden: Hidden): { added: number; edit?: Edit } {
    const cy = this.cy;
    const fresh = newElements(new Set(cy.elements().map((e) => e.id())), toElements(graph, lang, this.schema));
    if (fresh.length === 0) return { added: 0 };
    const freshNodes = fresh.filter((e) => e.group === 'nodes');
    const others = cy.nodes().not('.hidden');
    const bb = others.nonempty() ? others.boundingBox({ includeLabels: false }) : undefined;
    const hubPosition = cy.getElementById(hub).position();
    const centre = bb ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : hubPosition;
    const positions = expandPositions(freshNodes.length, hubPosition, centre);
    let i = 0;
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(fresh.map((e) => (e.group === 'nodes' ? { ...e, position: positions[i++] } : e)));
    });
    this.applyHidden(hidden);
    this.fit();
    return { added: freshNodes.length, edit: this.removal(`Expand ${this.nameOf(hub)}`, added, true) };
  }

  /** Takes away the neighbours that hang on `id` alone; undefined when there are none. */
  collapse(id: string): { removed: number; edit?: Edit } {
    const cy = this.cy;
    if (cy.getElementById(id).empty()) return { removed: 0 };
    const edges = cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
    const targets = collapsible(id, edges);
    let gone = cy.collection();
    for (const elementId of [...targets.nodes, ...targets.edges]) gone = gone.union(cy.getElementById(elementId));
    if (gone.empty()) return { removed: 0 };
    gone.remove();
    return { removed: gone.nodes().length, edit: this.removal(`Collapse ${this.nameOf(id)}`, gone) };
  }

  /** Takes a node and its edges out of the picture. */
  remove(id: string): Edit | undefined {
    const node = this.cy.getElementById(id);
    if (node.empty()) return undefined;
    const gone = node.union(node.connectedEdges());
    gone.remove();
    return this.removal(`Remove ${String(node.data('label'))}`, gone);
  }

  /** An edit over elements that are in the picture (`present`) or were just taken out of it. */
  private removal(title: string, elements: Collection, present = false): Edit {
    const take = () => void this.cy.remove(elements);
    const restore = () => void elements.restore();
    return present ? { title, undo: take, redo: restore } : { title, undo: restore, redo: take };
  }

  /** The legend's switches: hidden elements stay loaded, so switching back is instant. */
  applyHidden(hidden: Hidden): void {
    const kinds = new Set(hidden.hideKinds ?? []);
    const types = new Set(hidden.hideTypes ?? []);
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => void n.toggleClass('hidden', kinds.has(n.data('kind') as string)));
      this.cy.edges().forEach((e) => void e.toggleClass('hidden', types.has(e.data('type') as string)));
    });
  }

  relabel(lang: Language): void {
    this.cy.batch(() => this.cy.elements().forEach((e) => void e.data(relabelled(e.data() as Partial<NodeData>, lang, this.schema))));
  }

  layout(name: LayoutName, focus?: string): void {
    const visible = this.cy.elements().not('.hidden');
    const nodes = visible.nodes();
    const options = layoutOptions(name, {
      focus,
      nodeCount: nodes.length,
      degrees: () => nodes.map((n) => ({ id: n.id(), degree: n.degree(false) })),
    });
    if (nodes.length > 0) visible.layout(options).run();
    this.fit();
  }

  fit(): void {
    const cy = this.cy;
    // Cytoscape learns of a container resize (the panel opening) a moment later: measure now.
    cy.resize();
    cy.fit(cy.elements().not('.hidden'), FIT_PADDING);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements().not('.hidden'));
    }
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Zoom and pan, as a link keeps them. */
  viewport(): { zoom: number; x: number; y: number } {
    const pan = this.cy.pan();
    return { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
  }

  setViewport(at: { zoom: number; x: number; y: number }): void {
    this.cy.viewport({ zoom: at.zoom, pan: { x: at.x, y: at.y } });
  }

  /** The picture's label for an id, else the id itself. */
  nameOf(id: string): string {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? String(node.data('label')) : id;
  }

  /** The entities and relationships on screen (not hidden by the legend). */
  shown(): { nodes: Entity[]; edges: Edge[] } {
    const shown = this.cy.elements().not('.hidden');
    return { nodes: shown.nodes().map((n) => n.data('entity') as Entity), edges: shown.edges().map((e) => e.data('edge') as Edge) };
  }

  selectedNodes(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  png(): Blob {
    return this.cy.png({ full: true, bg: '#ffffff', output: 'blob', scale: 2 });
  }

  /** The first graph drawn is timed from navigation to its first painted frame (docs/client.md). */
  private markFirstRender(): void {
    if (this.firstRendered || this.cy.nodes().empty() || !this.cy.container()) return;
    this.firstRendered = true;
    this.cy.one('render', () => {
      performance.mark('explorer:first-render', { detail: { elements: this.cy.elements().length } });
      this.emit('first-render', performance.now());
    });
  }
}
