// The explorer page: wires the schema-driven cytoscape picture to search, views, the path finder,
// filters, the time slider, panels, undo, sharing and export.
import cytoscape, { type Core, type ElementDefinition as CyElement } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, ApiError, onLoading } from './api';
import { displayName, timelineDates, toElements, type ElementDefinition, type NodeData } from './graph/elements';
import { stylesheet } from './graph/stylesheet';
import type { Edge, Entity, Graph, SchemaDocument } from './graph/types';
import { decodeState, encodeState, VIEWS, type ViewName, type ViewState } from './graph/view-state';
import { hideBanner, setStatus, showBanner } from './ui/banner';
import { byId, el } from './ui/dom';
import { renderLegend } from './ui/legend';
import { closePanel, showEdge, showEntity, showPaths, type PanelContext } from './ui/panel';
import { wireSearch } from './ui/search';

// Extensions are registered here, once.
cytoscape.use(fcose);

type UndoStep = { kind: 'state'; state: ViewState } | { kind: 'added'; ids: string[] } | { kind: 'removed'; elements: CyElement[] };

const LAYOUTS: Record<string, (focus?: string) => cytoscape.LayoutOptions> = {
  fcose: () => ({ name: 'fcose', animate: false, quality: 'default', randomize: true, nodeRepulsion: () => 6500, idealEdgeLength: () => 70, packComponents: true } as cytoscape.LayoutOptions),
  concentric: (focus) => ({ name: 'concentric', animate: false, concentric: (n: cytoscape.NodeSingular) => (n.id() === focus ? 100 : n.degree(false)), levelWidth: () => 2 } as cytoscape.LayoutOptions),
  breadthfirst: (focus) => ({ name: 'breadthfirst', animate: false, directed: false, roots: focus ? [focus] : undefined, spacingFactor: 1.1 } as cytoscape.LayoutOptions),
};

class Explorer {
  cy!: Core;
  schema!: SchemaDocument;
  state: ViewState = decodeState(location.search);
  undo: UndoStep[] = [];
  sources = new Map<string, Entity>();
  dates: string[] = [];
  ready = false;
  renders = 0;

  async start() {
    onLoading((n) => document.body.classList.toggle('loading', n > 0));
    try {
      this.schema = await api.schema();
    } catch (error) {
      this.fail(error);
      return;
    }
    const weights = Object.fromEntries(this.schema.relationships.map((r) => [r.type, r.weight]));
    this.weights = weights;
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
      wheelSensitivity: 0.3,
    });
    this.wire();
    renderLegend(this.schema, (kinds, types) => this.applyHidden(kinds, types));
    try {
      const [sources, all] = await Promise.all([getSources(), api.graph({})]);
      for (const s of sources) this.sources.set(s.id, s);
      this.dates = timelineDates(all);
      const slider = byId<HTMLInputElement>('asof');
      slider.max = String(this.dates.length);
      slider.value = String(this.state.asOf ? Math.max(0, this.dates.findIndex((d) => d >= this.state.asOf!)) : this.dates.length);
      this.updateAsOfLabel();
    } catch (error) {
      this.fail(error);
    }
    await this.render();
    this.ready = true;
  }

  weights: Record<string, string | undefined> = {};

  panelContext(): PanelContext {
    return {
      schema: this.schema,
      lang: this.state.lang,
      sources: this.sources,
      nameOf: (id) => {
        const node = this.cy.getElementById(id);
        return node.nonempty() ? String(node.data('label')) : id;
      },
      onPick: (id) => this.setState({ ...this.state, focus: id, path: undefined }),
    };
  }

  fail(error: unknown) {
    if (error instanceof ApiError && error.unavailable) {
      showBanner(`The API or its database is unavailable (${error.message}). The page will recover when it is back.`);
      this.watchHealth();
    } else {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  private healthTimer: number | undefined;
  watchHealth() {
    if (this.healthTimer) return;
    this.healthTimer = window.setInterval(async () => {
      try {
        await api.health();
        window.clearInterval(this.healthTimer);
        this.healthTimer = undefined;
        hideBanner();
        await this.render();
      } catch {
        /* still down: keep the banner */
      }
    }, 5000);
  }

  setState(next: ViewState, remember = true) {
    if (remember) this.undo.push({ kind: 'state', state: this.state });
    this.state = next;
    history.pushState(null, '', `?${encodeState(next)}`);
    void this.render();
  }

  async render() {
    const s = this.state;
    setStatus('');
    try {
      let graph: Graph;
      if (s.path) {
        const { paths } = await api.paths(s.path[0], s.path[1]);
        graph = { nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) };
        this.draw(graph, s.path[0]);
        this.cy.elements().addClass('path');
        showPaths(paths, this.panelContext());
        if (!paths.length) setStatus('No path within 4 hops. Try other entities.');
      } else if (s.focus) {
        graph = await api.neighbors(s.focus, s.depth ?? 1);
        this.draw(graph, s.focus);
        this.cy.getElementById(s.focus).addClass('focus');
        await showEntity(s.focus, this.panelContext());
      } else {
        const view = VIEWS[s.view];
        graph = await api.graph({ kinds: s.kinds ?? view.kinds, types: s.types ?? view.types, asOf: s.asOf });
        this.draw(graph);
        if (graph.nodes.length === 0)
          setStatus(s.asOf ? `Nothing in this view as of ${s.asOf}: move the time slider later, or pick another view.` : 'Nothing to show in this view: pick another view or search for an entity.');
      }
      hideBanner();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setStatus(`Not found: ${error.message}. Search for an entity instead.`);
      else this.fail(error);
    }
    document.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === s.view && !s.focus && !s.path)));
    byId('lang-toggle').textContent = s.lang === 'ja' ? 'English' : '日本語';
    this.renders++;
  }

  draw(graph: Graph, focus?: string) {
    const elements = toElements(graph, this.state.lang, this.weights);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements as unknown as CyElement[]);
    });
    this.layout(focus);
  }

  layout(focus?: string) {
    const name = byId<HTMLSelectElement>('layout').value;
    const options = (LAYOUTS[name] ?? LAYOUTS.fcose)(focus ?? this.state.focus);
    if (this.cy.nodes().length > 0) this.cy.layout(options).run();
    this.cy.fit(undefined, 30);
  }

  async expand(id: string) {
    try {
      const graph = await api.neighbors(id, 1, 300);
      const existing = new Set(this.cy.elements().map((e) => e.id()));
      const fresh = (toElements(graph, this.state.lang, this.weights) as ElementDefinition[]).filter((e) => !existing.has(e.data.id));
      if (fresh.length === 0) {
        setStatus('No further neighbours.');
        return;
      }
      const center = this.cy.getElementById(id).position();
      this.cy.batch(() => {
        for (const e of fresh) this.cy.add({ ...(e as unknown as CyElement), position: e.group === 'nodes' ? { x: center.x + Math.random() * 80 - 40, y: center.y + Math.random() * 80 - 40 } : undefined });
      });
      this.undo.push({ kind: 'added', ids: fresh.map((e) => e.data.id) });
      this.layout(id);
      setStatus(`Added ${fresh.filter((e) => e.group === 'nodes').length} nodes.`);
    } catch (error) {
      this.fail(error);
    }
  }

  remove(id: string) {
    const node = this.cy.getElementById(id);
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
      void this.render();
    } else if (step.kind === 'added') this.cy.remove(step.ids.map((id) => `#${CSS.escape(id)}`).join(','));
    else this.cy.add(step.elements);
  }

  applyHidden(kinds: Set<string>, types: Set<string>) {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => void n.style('display', kinds.has(n.data('kind')) ? 'none' : 'element'));
      this.cy.edges().forEach((e) => void e.style('display', types.has(e.data('type')) ? 'none' : 'element'));
    });
  }

  updateAsOfLabel() {
    byId('asof-label').textContent = this.state.asOf ?? 'today';
  }

  relabel() {
    this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data('label', displayName((n.data() as NodeData).entity, this.state.lang))));
  }

  wire() {
    this.cy.on('tap', 'node', (e) => {
      const id = e.target.id();
      void showEntity(id, this.panelContext()).catch((err) => this.fail(err));
      this.panelButtons(id);
    });
    this.cy.on('tap', 'edge', (e) => showEdge(e.target.data('edge') as Edge, this.panelContext()));
    this.cy.on('dbltap', 'node', (e) => void this.expand(e.target.id()));
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]'))
      button.addEventListener('click', () => this.setState({ view: button.dataset.view as ViewName, lang: this.state.lang, asOf: this.state.asOf }));
    wireSearch(
      (entity) => this.setState({ ...this.state, focus: entity.id, path: undefined }),
      (kind) => this.schema.kinds.find((k) => k.label === kind)?.title ?? kind,
    );
    byId('path-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const from = byId<HTMLInputElement>('path-from').value.trim();
      const to = byId<HTMLInputElement>('path-to').value.trim();
      if (!from || !to) return setStatus('Give two entity ids, e.g. elon-musk and microsoft.');
      this.setState({ ...this.state, path: [from, to], focus: undefined });
    });
    byId<HTMLInputElement>('asof').addEventListener('change', (e) => {
      const i = Number((e.target as HTMLInputElement).value);
      const asOf = i >= this.dates.length ? undefined : this.dates[i];
      this.setState({ ...this.state, asOf, focus: undefined, path: undefined });
      this.updateAsOfLabel();
    });
    byId('lang-toggle').addEventListener('click', () => {
      this.state = { ...this.state, lang: this.state.lang === 'en' ? 'ja' : 'en' };
      history.replaceState(null, '', `?${encodeState(this.state)}`);
      this.relabel();
      byId('lang-toggle').textContent = this.state.lang === 'ja' ? 'English' : '日本語';
      if (this.state.focus) void showEntity(this.state.focus, this.panelContext());
    });
    byId('undo').addEventListener('click', () => this.undoLast());
    byId('fit').addEventListener('click', () => this.cy.fit(undefined, 30));
    byId('layout').addEventListener('change', () => this.layout());
    byId('panel-close').addEventListener('click', closePanel);
    byId('export-png').addEventListener('click', () => download('ai-industry-graph.png', this.cy.png({ full: true, bg: '#ffffff', output: 'blob' }) as unknown as Blob));
    byId('export-json').addEventListener('click', () => {
      const graph = {
        nodes: this.cy.nodes().map((n) => n.data('entity')),
        edges: this.cy.edges().map((e) => e.data('edge')),
      };
      download('ai-industry-graph.json', new Blob([JSON.stringify(graph, null, 2)], { type: 'application/json' }));
    });
    byId('share').addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        setStatus('Link copied.');
      } catch {
        setStatus(`Link: ${location.href}`);
      }
    });
    window.addEventListener('popstate', () => {
      this.state = decodeState(location.search);
      void this.render();
    });
    document.addEventListener('keydown', (e) => {
      const typing = (e.target as HTMLElement).matches('input, textarea, select');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        byId('search-input').focus();
      } else if (e.key === 'Escape') closePanel();
      else if ((e.key === 'Delete' || e.key === 'Backspace') && !typing) this.cy.nodes(':selected').forEach((n) => this.remove(n.id()));
    });
  }

  panelButtons(id: string) {
    const bar = el('div', { class: 'panel-actions' });
    const expand = el('button', { type: 'button' }, 'Expand');
    expand.addEventListener('click', () => void this.expand(id));
    const focus = el('button', { type: 'button' }, 'Focus');
    focus.addEventListener('click', () => this.setState({ ...this.state, focus: id, path: undefined }));
    const remove = el('button', { type: 'button' }, 'Remove');
    remove.addEventListener('click', () => this.remove(id));
    bar.append(expand, focus, remove);
    byId('panel').querySelector('.panel-actions')?.remove();
    byId('panel').insertBefore(bar, byId('panel-body'));
  }
}

async function getSources(): Promise<Entity[]> {
  const res = await fetch('/api/sources');
  if (!res.ok) throw new ApiError('sources unavailable', res.status, 'HTTP');
  return ((await res.json()) as { items: Entity[] }).items;
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
(window as unknown as { __explorer: Explorer }).__explorer = explorer;
void explorer.start();
