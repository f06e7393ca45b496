// Wires the side panel: which data it shows (an entity's neighbourhood, reused from the picture
// when the picture drew it, its claims, and its track record when it made predictions), the actions
// under an entity's name, the outcome form a signed-in curator gets on a prediction, and clicks on
// the canvas that open a panel.
import { api, ApiError } from '../api';
import type { CanvasController } from '../canvas/canvas-controller';
import { tokens } from '../curation/curator-api';
import type { Edge, Entity, Graph, KindDocument } from '../graph/types';
import type { Session } from '../session';
import { t } from '../i18n/i18n';
import { setStatus } from '../ui/banner';
import { byId } from '../ui/dom';
import { pathEndName } from './path-finder';
import { notFoundContent } from '../ui/not-found';
import { outcomeForm, takesOutcome } from '../ui/outcome-form';
import { showSource } from '../ui/source-panel';
import { closePanel, openLoading, showEdge, showEntity, showNotice, showPaths, type PanelAction, type PanelContext } from '../ui/panel';
import type { ViewStore } from '../view/view-store';

/** What the graph edits offer on an entity's panel. */
interface EntityEdits {
  expand(id: string): Promise<void>;
  collapse(id: string): void;
  remove(id: string): void;
}

type ClaimPage = Awaited<ReturnType<typeof api.claims>>;

/** How many claims the list stands for: the page's total where the API gives one. */
function total(page: ClaimPage): number {
  return 'total' in page && typeof page.total === 'number' ? page.total : page.items.length;
}

export class PanelControl {
  private curating = false;
  /** The prediction whose panel is open, which gains or loses its outcome form as a curator signs in or out. */
  private prediction: string | undefined;
  /** The routes the panel shows, to write them again in another language. */
  private paths: [Graph[], [string, string]] | undefined;

  constructor(
    private readonly deps: {
      canvas: CanvasController;
      session: Session;
      store: ViewStore;
      edits: EntityEdits;
      setPathEnd: (end: 'path-from' | 'path-to', id: string, name: string) => void;
    },
  ) {
    const { canvas } = deps;
    canvas.on('node-tap', (id) => void this.openEntity(id));
    canvas.on('edge-tap', (edge: Edge) => showEdge(edge, this.context()));
  }

  context(): PanelContext {
    const { session, store, canvas } = this.deps;
    return {
      schema: session.schema!,
      lang: store.state.lang,
      sources: session.sources,
      // With no path drawn the picture cannot name the ends; the path finder knows what was picked.
      nameOf: (id) => (canvas.nameOf(id) === id ? (pathEndName(id) ?? id) : canvas.nameOf(id)),
      onPick: (id) => store.navigate({ ...store.state, focus: id, path: undefined }, t('focusOn', { name: canvas.nameOf(id) })),
      onSource: (id) => void this.openSource(id),
    };
  }

  /** Opens a cited document's panel: its record and every fact drawn from it. */
  async openSource(id: string): Promise<void> {
    const ticket = openLoading();
    try {
      showSource(ticket, await api.source(id), this.context());
    } catch (error) {
      this.deps.session.fail(error);
    }
  }

  /**
   * Opens the panel of `id` (loading first), from the neighbourhood `around` (the picture's own,
   * when it drew one) and the claims made and about it: three requests at most. Throws what failed.
   */
  async loadEntity(id: string, around: Promise<Graph> = api.neighbors(id, 1, 500)): Promise<void> {
    const ticket = openLoading();
    try {
      await this.fill(ticket, id, around);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404)
        showNotice(
          ticket,
          notFoundContent(id, () => this.showOverview()),
        );
      throw error;
    }
  }

  private async fill(ticket: number, id: string, around: Promise<Graph>): Promise<void> {
    const [graph, claimsBy, claimsAbout] = await Promise.all([
      around,
      api.claims({ by: id }),
      api.claims({ about: id }),
      this.deps.session.sourcesLoaded,
    ]);
    const entity = graph.nodes.find((n: Entity) => n.id === id);
    if (!entity) throw new ApiError(`no entity ${id}`, 404, 'NOT_FOUND');
    const pages = { claimsBy: { ...claimsBy, total: total(claimsBy) }, claimsAbout: { ...claimsAbout, total: total(claimsAbout) } };
    const kind = this.deps.session.schema?.kinds.find((k) => k.label === entity.kind);
    this.prediction = takesOutcome(kind, entity) ? id : undefined;
    // Only a prediction has a status: whoever made none, on a page that holds all their claims, has
    // no track record to ask for.
    const predicted = claimsBy.items.some((item) => item.status !== undefined) || pages.claimsBy.total > claimsBy.items.length;
    const [trackRecord, form] = await Promise.all([
      predicted ? api.trackRecord(id) : undefined,
      kind && this.prediction ? this.outcomeForm(id, kind) : undefined,
    ]);
    showEntity(ticket, { entity, around: graph, ...pages, trackRecord, outcomeForm: form }, this.context(), this.actions(id));
  }

  /** A curator signed in or out: an open prediction's panel is drawn again, with or without the form. */
  setCurating(curating: boolean): void {
    if (curating === this.curating) return;
    this.curating = curating;
    if (this.prediction && document.querySelector(`#panel-body h2[data-entity="${CSS.escape(this.prediction)}"]`))
      void this.openEntity(this.prediction);
  }

  /** The form on the entity as last read, whose version the change is sent back with. */
  private async outcomeForm(id: string, kind: KindDocument): Promise<HTMLElement | undefined> {
    const token = tokens.value;
    if (!this.curating || !token) return undefined;
    const { detail, etag } = await api.entityVersion(id);
    return outcomeForm(detail.entity, kind, [...this.deps.session.sources.keys()], {
      save: async (patch) => {
        await api.patchEntity(id, patch, etag, token);
        await this.loadEntity(id);
      },
      reload: () => void this.openEntity(id),
    });
  }

  /** Opens a panel outside a render (a click on a node, the language switched): failures go to the status line. */
  async openEntity(id: string): Promise<void> {
    try {
      await this.loadEntity(id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setStatus(t('notFoundStatus', { message: error.message }));
      else this.deps.session.fail(error);
    }
  }

  /** Leaves an unknown entity for the whole picture of the current view. */
  private showOverview(): void {
    const { store } = this.deps;
    closePanel();
    store.navigate({ ...store.state, focus: undefined, path: undefined }, t('showWholeGraph'));
  }

  /** Writes the open panel again in the language just chosen: the entity in focus, or the routes shown. */
  relabel(): void {
    const { focus, path } = this.deps.store.state;
    if (focus) void this.openEntity(focus);
    else if (path && this.paths && !byId('panel').hidden) this.showPaths(...this.paths);
  }

  showPaths(paths: Graph[], ends: [string, string]): void {
    this.paths = [paths, ends];
    const { store, canvas } = this.deps;
    const state = store.state;
    const avoided = state.avoid ?? [];
    const ask = (change: Partial<typeof state>, title: string) => store.navigate({ ...store.state, ...change }, title);
    showPaths(paths, ends, this.context(), {
      avoided,
      maxHops: state.hops ?? 4,
      avoid: (id) => ask({ avoid: [...avoided, id] }, t('routesAvoiding', { name: canvas.nameOf(id) })),
      stopAvoiding: (id) => ask({ avoid: avoided.filter((a) => a !== id) }, t('routesThrough', { name: canvas.nameOf(id) })),
      setMaxHops: (hops) => ask({ hops }, t('routesUpTo', { hops })),
    });
    // Drawn before the sources arrived, its citations name documents by id: again once they are known.
    const [shown, { session }] = [this.paths, this.deps];
    const again = () => this.paths === shown && document.querySelector('#panel-body .paths-title') && this.showPaths(paths, ends);
    if (!session.sources.size) void session.sourcesLoaded.then(() => session.sources.size && again());
  }

  private actions(id: string): PanelAction[] {
    const { edits, store, canvas, setPathEnd } = this.deps;
    const name = () => canvas.nameOf(id);
    return [
      { name: 'expand', label: t('expand'), title: t('expandTitle'), run: () => void edits.expand(id) },
      { name: 'collapse', label: t('collapse'), title: t('collapseTitle'), run: () => edits.collapse(id) },
      {
        name: 'focus',
        label: t('focus'),
        title: t('focusTitle'),
        run: () => store.navigate({ ...store.state, focus: id, path: undefined }, t('focusOn', { name: name() })),
      },
      { name: 'remove', label: t('remove'), title: t('removeTitle'), run: () => edits.remove(id) },
      { name: 'path from', label: t('pathFromHere'), title: t('pathFromHereTitle'), run: () => setPathEnd('path-from', id, name()) },
      { name: 'path to', label: t('pathToHere'), title: t('pathToHereTitle'), run: () => setPathEnd('path-to', id, name()) },
    ];
  }
}
