// The explorer page: wires the schema-driven cytoscape picture to search, views, the path finder,
// filters, the time slider, panels, undo, sharing and export.
import cytoscape, { type Core, type ElementDefinition as CyElement } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, ApiError, onLoading } from './api';
import {
  collapsible,
  displayName,
  spreadPositions,
  timelineDates,
  toElements,
  type ElementDefinition,
  type NodeData,
} from './graph/elements';
import { expandPositions, isLarge, layoutOptions, type LayoutName } from './graph/layouts';
import { stylesheet } from './graph/stylesheet';
import type { Edge, Entity, Graph, SchemaDocument } from './graph/types';
import { decodeState, encodeState, VIEWS, type ViewName, type ViewState } from './graph/view-state';
import { hideBanner, setStatus, showBanner } from './ui/banner';
import { byId, el } from './ui/dom';
import { renderLegend, syncLegend } from './ui/legend';
import { closePanel, showEdge, showEntity, showPaths, type PanelAction, type PanelContext } from './ui/panel';
import { wireSearch } from './ui/search';

// Extensions are registered here, once.
cytoscape.use(fcose);

type UndoStep = { kind: 'state'; state: ViewState } | { kind: 'added'; ids: string[] } | { kind: 'removed'; elements: CyElement[] };

/** Up to this many edges on screen, each shows its caption. */
const EDGE_CAPTIONS_UP_TO = 40;
/** A small graph is not blown up past this zoom when fitted. */
const MAX_FIT_ZOOM = 1.6;

class Explorer {
  cy?: Core;
  schema?: SchemaDocument;
  state: ViewState = decodeState(location.search);
  undo: UndoStep[] = [];
  sources = new Map<string, Entity>();
  /** Settles once the sources are known (or failed): panels wait for it, the first picture does not. */
  sourcesLoaded: Promise<void> = Promise.resolve();
  /** The first picture's graph, requested beside the schema instead of after it (see start). */
  private prefetched?: { query: string; graph: Promise<Graph & { truncated: boolean }> };
  /** Whether the stylesheet in use is the cheaper one for large pictures. */
  private largeStyle = false;
  dates: string[] = [];
  weights: Record<string, string | undefined> = {};
  /** True once the first picture is drawn (or the failure shown): end-to-end tests wait on it. */
  ready = false;
  /** Renders finished so far, and the one under way: tests wait for the picture to settle. */
  renders = 0;
  rendering: Promise<void> = Promise.resolve();
  /** Milliseconds from navigation to the first frame of the first graph drawn (performance marks). */
  firstRenderMs: number | undefined;
  private healthTimer: number | undefined;

  async start() {
    onLoading((n) => {
      document.body.classList.toggle('loading', n > 0);
      // On the stage, not the cytoscape container: cytoscape treats any change there as a resize.
      document.querySelector('.stage')?.setAttribute('aria-busy', String(n > 0));
    });
    // Schema, sources and the first picture's graph are independent requests: asked at once, the
    // page waits for the slowest instead of their sum.
    this.prefetchView();
    this.loadSources();
    if (!(await this.loadSchema())) {
      this.ready = true;
      return;
    }
    await this.rerender();
    this.ready = true;
    if (this.dates.length === 0) void this.loadTimeline();
  }

  /** The schema first: without it nothing can be styled. Retried by the health watch when down. */
  private async loadSchema(): Promise<boolean> {
    try {
      this.schema = await api.schema();
    } catch (error) {
      this.fail(error);
      return false;
    }
    this.weights = Object.fromEntries(this.schema.relationships.map((r) => [r.type, r.weight]));
    this.cy = cytoscape({
      container: byId('cy'),
      style: stylesheet(this.schema) as unknown as cytoscape.StylesheetJson,
      // Settings for large graphs: cheap redraws while the user pans and zooms.
      textureOnViewport: true,
      hideEdgesOnViewport: false,
      hideLabelsOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
      minZoom: 0.05,
      maxZoom: 4,
      // A double-click expands. Cytoscape's 250 ms window misses slower double-clicks (and busy
      // machines); desktop systems allow about 500 ms.
      multiClickDebounceTime: 450,
    });
    this.wire();
    renderLegend(this.schema, this.state, (kinds, types) => {
      this.state = { ...this.state, hideKinds: kinds, hideTypes: types };
      history.replaceState(null, '', `?${encodeState(this.state)}`);
      this.applyHidden();
    });
    // Again only if the first request failed (the page came back after the API was down).
    if (!this.sourcesKnown) this.loadSources();
    this.syncControls();
    return true;
  }

  /** True while the sources are being asked for or once they are known: one request, not two. */
  private sourcesKnown = false;

  private loadSources() {
    this.sourcesKnown = true;
    this.sourcesLoaded = api.sources().then(
      (answer) => {
        for (const s of answer.items) this.sources.set(s.id, s);
      },
      (error) => {
        this.sourcesKnown = false;
        this.fail(error);
      },
    );
  }

  private viewFilter(s: ViewState) {
    const view = VIEWS[s.view];
    return { kinds: s.kinds ?? view.kinds, types: s.types ?? view.types, asOf: s.asOf };
  }

  private prefetchView() {
    const s = this.state;
    if (s.focus || s.path) return;
    const filter = this.viewFilter(s);
    const graph = api.graph(filter);
    // Marked as handled here: a failure is reported when render() awaits it, or not at all when
    // the schema failed first (the banner already says why).
    graph.catch(() => undefined);
    this.prefetched = { query: JSON.stringify(filter), graph };
  }

  /** The view's graph: the prefetched answer when it is for this very filter, else a new request. */
  private viewGraph(filter: ReturnType<Explorer['viewFilter']>) {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    return prefetched && prefetched.query === JSON.stringify(filter) ? prefetched.graph : api.graph(filter);
  }

  /** The time slider's stops are every date in the graph: fetched beside the first picture, not before it. */
  private async loadTimeline() {
    try {
      this.dates = timelineDates(await api.graph({}));
      this.syncControls();
    } catch {
      // The slider keeps "today" only; the banner already tells when the API is down.
    }
  }

  private get graph(): Core {
    if (!this.cy) throw new Error('the picture is not ready');
    return this.cy;
  }

  panelContext(): PanelContext {
    return {
      schema: this.schema!,
      lang: this.state.lang,
      sources: this.sources,
      sourcesLoaded: this.sourcesLoaded,
      nameOf: (id) => {
        const node = this.cy?.getElementById(id);
        return node && node.nonempty() ? String(node.data('label')) : id;
      },
      onPick: (id) => this.setState({ ...this.state, focus: id, path: undefined }),
    };
  }

  fail(error: unknown) {
    if (error instanceof ApiError && error.unavailable) {
      showBanner(`The API or its database is unavailable (${error.message}). This page retries every few seconds and recovers on its own.`);
      setStatus('Nothing can be loaded while the server is down.');
      this.watchHealth();
    } else {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  watchHealth() {
    if (this.healthTimer) return;
    this.healthTimer = window.setInterval(async () => {
      try {
        await api.health();
      } catch {
        return; // still down: keep the banner
      }
      window.clearInterval(this.healthTimer);
      this.healthTimer = undefined;
      hideBanner();
      if (!this.cy && !(await this.loadSchema())) return;
      await this.rerender();
    }, 5000);
  }

  setState(next: ViewState, remember = true) {
    if (remember) this.undo.push({ kind: 'state', state: this.state });
    this.state = next;
    history.pushState(null, '', `?${encodeState(next)}`);
    void this.rerender();
  }

  rerender(): Promise<void> {
    this.rendering = this.rendering.then(() => this.render());
    return this.rendering;
  }

  private async render() {
    const s = this.state;
    setStatus('');
    this.syncControls();
    try {
      if (s.path) {
        const { paths } = await api.paths(s.path[0], s.path[1]);
        // The panel first, so the picture is fitted to the room the panel leaves.
        showPaths(paths, s.path, this.panelContext());
        this.draw({ nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) }, s.path[0]);
        this.graph.elements().addClass('path');
        setPathEnd('path-from', s.path[0], this.panelContext().nameOf(s.path[0]));
        setPathEnd('path-to', s.path[1], this.panelContext().nameOf(s.path[1]));
        if (!paths.length) setStatus('No path within 4 hops: try other entities, or widen the picture from one of them.');
      } else if (s.focus) {
        // The panel opens (loading) first, so the picture is fitted to the room the panel leaves.
        const panel = this.openEntity(s.focus);
        const graph = await api.neighbors(s.focus, s.depth ?? 1);
        this.draw(graph, s.focus);
        this.graph.getElementById(s.focus).addClass('focus');
        await panel;
      } else {
        const filter = this.viewFilter(s);
        const graph = await this.viewGraph(filter);
        // The whole graph already holds every date: the time slider needs no second request.
        if (!filter.kinds && !filter.types && !filter.asOf) this.dates = timelineDates(graph);
        this.draw(graph);
        if (graph.nodes.length === 0)
          setStatus(
            s.asOf
              ? `Nothing in this view as of ${s.asOf}: move the time slider later, or pick another view.`
              : 'Nothing to show in this view: pick another view or search for an entity.',
          );
        else if (graph.truncated)
          setStatus(`Showing the first ${graph.edges.length} relationships: filter by kind or type to see the rest.`);
      }
      hideBanner();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setStatus(`Not found: ${error.message}. Search for an entity instead.`);
      else if (error instanceof ApiError && error.status === 400)
        setStatus(`The server refused this view (${error.message}): pick another view.`);
      else this.fail(error);
    }
    // Again after drawing: the whole graph may have brought the time slider its dates.
    this.syncControls();
    this.renders++;
  }

  /** Buttons, inputs and the legend follow the state, whether it came from a click, the URL or undo. */
  syncControls() {
    const s = this.state;
    document
      .querySelectorAll<HTMLButtonElement>('[data-view]')
      .forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === s.view && !s.focus && !s.path)));
    const lang = byId('lang-toggle');
    lang.textContent = s.lang === 'ja' ? 'English' : '日本語';
    lang.setAttribute('aria-label', s.lang === 'ja' ? 'Show names in English' : 'Show names in Japanese');
    const slider = byId<HTMLInputElement>('asof');
    slider.max = String(this.dates.length);
    // Until the dates are known the slider has nowhere to go: shown at "today", not usable.
    slider.disabled = this.dates.length === 0;
    slider.value = String(
      s.asOf
        ? Math.max(
            0,
            this.dates.findIndex((d) => d >= s.asOf!),
          )
        : this.dates.length,
    );
    byId('asof-label').textContent = s.asOf ?? 'today';
    syncLegend(s);
  }

  draw(graph: Graph, focus?: string) {
    const cy = this.graph;
    const elements = toElements(graph, this.state.lang, this.weights);
    const positions = spreadPositions(graph.nodes.length);
    let i = 0;
    cy.elements().remove();
    this.useLargeStyle(isLarge(graph.nodes.length));
    cy.batch(() => {
      cy.add(elements.map((e) => ({ ...e, ...(e.group === 'nodes' ? { position: positions[i++] } : {}) })) as unknown as CyElement[]);
    });
    // Edge captions (type, date, amount) only when few edges are drawn: beyond that they are noise.
    if (cy.edges().length <= EDGE_CAPTIONS_UP_TO) cy.edges().addClass('labelled');
    this.applyHidden();
    this.layout(focus);
    this.markFirstRender();
  }

  /** Swaps in the cheaper stylesheet for large pictures (and back), while the picture is empty. */
  private useLargeStyle(large: boolean) {
    if (large === this.largeStyle || !this.schema) return;
    this.largeStyle = large;
    this.graph.style(stylesheet(this.schema, { large }) as unknown as cytoscape.StylesheetJson);
  }

  /** The first graph drawn is timed from navigation to its first painted frame (docs/client.md). */
  private markFirstRender() {
    if (this.firstRenderMs !== undefined || this.graph.nodes().empty()) return;
    this.graph.one('render', () => {
      if (this.firstRenderMs !== undefined) return;
      performance.mark('explorer:first-render', { detail: { elements: this.graph.elements().length } });
      this.firstRenderMs = performance.now();
    });
  }

  layout(focus?: string) {
    const cy = this.graph;
    const name = byId<HTMLSelectElement>('layout').value as LayoutName;
    const visible = cy.elements().not('.hidden');
    const options = layoutOptions(name, {
      focus: focus ?? this.state.focus,
      nodeCount: visible.nodes().length,
      degrees: () => visible.nodes().map((n) => ({ id: n.id(), degree: n.degree(false) })),
    });
    if (visible.nodes().length > 0) visible.layout(options).run();
    this.fit();
  }

  fit() {
    const cy = this.graph;
    // Cytoscape learns of a container resize (the panel opening) a moment later: measure now.
    cy.resize();
    cy.fit(cy.elements().not('.hidden'), 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements().not('.hidden'));
    }
  }

  zoomBy(factor: number) {
    const cy = this.graph;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  async expand(id: string) {
    const cy = this.graph;
    try {
      const graph = await api.neighbors(id, 1, 300);
      const existing = new Set(cy.elements().map((e) => e.id()));
      const fresh = (toElements(graph, this.state.lang, this.weights) as ElementDefinition[]).filter((e) => !existing.has(e.data.id));
      if (fresh.length === 0) {
        setStatus('No further neighbours: everything around it is already shown.');
        return;
      }
      const freshNodes = fresh.filter((e) => e.group === 'nodes');
      // Only the new nodes are placed, beside the hub and away from the rest: the picture the
      // reader already knows stays where it was (a force layout of everything took most of the time).
      const others = cy.nodes().not('.hidden');
      const bb = others.nonempty() ? others.boundingBox({ includeLabels: false }) : undefined;
      const centre = bb ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : cy.getElementById(id).position();
      const positions = expandPositions(freshNodes.length, cy.getElementById(id).position(), centre);
      let i = 0;
      cy.batch(() => {
        for (const e of fresh) cy.add({ ...(e as unknown as CyElement), ...(e.group === 'nodes' ? { position: positions[i++] } : {}) });
      });
      this.undo.push({ kind: 'added', ids: fresh.map((e) => e.data.id) });
      this.applyHidden();
      this.fit();
      setStatus(`Added ${freshNodes.length} nodes around ${String(cy.getElementById(id).data('label'))}.`);
    } catch (error) {
      this.fail(error);
    }
  }

  collapse(id: string) {
    const node = this.graph.getElementById(id);
    if (node.empty()) return;
    const cy = this.graph;
    const targets = collapsible(
      id,
      cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    );
    let gone = cy.collection();
    for (const elementId of [...targets.nodes, ...targets.edges]) gone = gone.union(cy.getElementById(elementId));
    if (gone.empty()) return setStatus('Nothing to collapse: its neighbours also link elsewhere.');
    this.undo.push({ kind: 'removed', elements: gone.jsons() as unknown as CyElement[] });
    gone.remove();
    setStatus(`Collapsed ${gone.nodes().length} nodes.`);
  }

  remove(id: string) {
    const node = this.graph.getElementById(id);
    if (node.empty()) return;
    const removed = node.union(node.connectedEdges());
    this.undo.push({ kind: 'removed', elements: removed.jsons() as unknown as CyElement[] });
    removed.remove();
    closePanel();
  }

  undoLast() {
    const step = this.undo.pop();
    if (!step) return setStatus('Nothing to undo.');
    if (step.kind === 'state') {
      this.state = step.state;
      history.pushState(null, '', `?${encodeState(step.state)}`);
      void this.rerender();
    } else if (step.kind === 'added') this.graph.remove(step.ids.map((id) => `#${CSS.escape(id)}`).join(','));
    else this.graph.add(step.elements);
  }

  /** The legend's switches: hidden elements stay loaded, so switching back is instant. */
  applyHidden() {
    const kinds = new Set(this.state.hideKinds ?? []);
    const types = new Set(this.state.hideTypes ?? []);
    const cy = this.graph;
    cy.batch(() => {
      cy.nodes().forEach((n) => void n.toggleClass('hidden', kinds.has(n.data('kind'))));
      cy.edges().forEach((e) => void e.toggleClass('hidden', types.has(e.data('type'))));
    });
  }

  relabel() {
    const cy = this.graph;
    cy.batch(() => cy.nodes().forEach((n) => void n.data('label', displayName((n.data() as NodeData).entity, this.state.lang))));
  }

  async openEntity(id: string) {
    try {
      await showEntity(id, this.panelContext(), this.entityActions(id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setStatus(`Not found: ${error.message}.`);
      else this.fail(error);
    }
  }

  findPath() {
    // A picked suggestion carries its id; a typed id works too.
    const end = (inputId: string) => {
      const input = byId<HTMLInputElement>(inputId);
      return input.dataset.id ?? input.value.trim();
    };
    const from = end('path-from');
    const to = end('path-to');
    if (!from || !to) return setStatus('Pick two entities: type a name in each box and choose a suggestion.');
    if (from === to) return setStatus('Pick two different entities.');
    this.setState({ ...this.state, path: [from, to], focus: undefined });
  }

  wire() {
    const cy = this.graph;
    cy.on('tap', 'node', (e) => void this.openEntity(e.target.id()));
    cy.on('tap', 'edge', (e) => showEdge(e.target.data('edge') as Edge, this.panelContext()));
    cy.on('dbltap', 'node', (e) => void this.expand(e.target.id()));
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]'))
      button.addEventListener('click', () =>
        this.setState({
          view: button.dataset.view as ViewName,
          lang: this.state.lang,
          asOf: this.state.asOf,
          hideKinds: this.state.hideKinds,
          hideTypes: this.state.hideTypes,
        }),
      );
    const kindTitle = (kind: string) => this.schema?.kinds.find((k) => k.label === kind)?.title ?? kind;
    const lang = () => this.state.lang;
    wireSearch('search-input', 'suggestions', {
      onPick: (entity) => this.setState({ ...this.state, focus: entity.id, path: undefined }),
      kindTitle,
      lang,
    });
    wireSearch('path-from', 'path-from-suggestions', { onPick: () => undefined, kindTitle, lang });
    wireSearch('path-to', 'path-to-suggestions', { onPick: () => undefined, kindTitle, lang });
    byId('path-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.findPath();
    });
    byId<HTMLInputElement>('asof').addEventListener('change', (e) => {
      const i = Number((e.target as HTMLInputElement).value);
      const asOf = i >= this.dates.length ? undefined : this.dates[i];
      this.setState({ ...this.state, asOf, focus: undefined, path: undefined });
    });
    byId<HTMLInputElement>('asof').addEventListener('input', (e) => {
      const i = Number((e.target as HTMLInputElement).value);
      byId('asof-label').textContent = this.dates[i] ?? 'today';
    });
    byId('lang-toggle').addEventListener('click', () => {
      this.state = { ...this.state, lang: this.state.lang === 'en' ? 'ja' : 'en' };
      history.replaceState(null, '', `?${encodeState(this.state)}`);
      this.relabel();
      this.syncControls();
      if (this.state.focus) void this.openEntity(this.state.focus);
    });
    byId('undo').addEventListener('click', () => this.undoLast());
    byId('fit').addEventListener('click', () => this.fit());
    byId('zoom-in').addEventListener('click', () => this.zoomBy(1.25));
    byId('zoom-out').addEventListener('click', () => this.zoomBy(0.8));
    byId('layout').addEventListener('change', () => this.layout());
    byId('panel-close').addEventListener('click', closePanel);
    byId('filters-toggle').addEventListener('click', () => {
      const open = document.body.classList.toggle('filters-open');
      byId('filters-toggle').setAttribute('aria-expanded', String(open));
    });
    byId('export-png').addEventListener('click', () =>
      download('ai-industry-graph.png', cy.png({ full: true, bg: '#ffffff', output: 'blob', scale: 2 }) as unknown as Blob),
    );
    byId('export-json').addEventListener('click', () => {
      const shown = cy.elements().not('.hidden');
      const graph = {
        view: this.state,
        nodes: shown.nodes().map((n) => n.data('entity')),
        edges: shown.edges().map((e) => e.data('edge')),
      };
      download('ai-industry-graph.json', new Blob([JSON.stringify(graph, null, 2)], { type: 'application/json' }));
    });
    byId('share').addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        setStatus('Link copied: it reopens this view.');
      } catch {
        setStatus(`Copy this link: ${location.href}`);
      }
    });
    window.addEventListener('popstate', () => {
      this.state = decodeState(location.search);
      void this.rerender();
    });
    document.addEventListener('keydown', (e) => {
      const typing = (e.target as HTMLElement).matches('input, textarea, select');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        byId('search-input').focus();
      } else if (e.key === 'Escape') {
        closePanel();
        document.body.classList.remove('filters-open');
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !typing) cy.nodes(':selected').forEach((n) => this.remove(n.id()));
    });
  }

  entityActions(id: string): PanelAction[] {
    const name = () => this.panelContext().nameOf(id);
    return [
      { label: 'Expand', title: 'Add its neighbours to the picture (or double-click the node)', run: () => void this.expand(id) },
      { label: 'Collapse', title: 'Take away the neighbours that hang on it alone', run: () => this.collapse(id) },
      { label: 'Focus', title: 'Centre the picture on it', run: () => this.setState({ ...this.state, focus: id, path: undefined }) },
      { label: 'Remove', title: 'Take it out of the picture', run: () => this.remove(id) },
      { label: 'Path from', title: 'Use it as the start of the path finder', run: () => setPathEnd('path-from', id, name()) },
      { label: 'Path to', title: 'Use it as the end of the path finder', run: () => setPathEnd('path-to', id, name()) },
    ];
  }
}

/** Fills one end of the path finder as if its suggestion had been picked. */
function setPathEnd(inputId: string, id: string, name: string) {
  const input = byId<HTMLInputElement>(inputId);
  input.value = name;
  input.dataset.id = id;
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const explorer = new Explorer();
// Exposed so end-to-end tests read the real cytoscape instance rather than assume what it drew.
(window as unknown as { __explorer: Explorer }).__explorer = explorer;
void explorer.start();
