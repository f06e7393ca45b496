// Draws the picture for the current view: the view's graph, an entity's neighbourhood with its
// panel, or the shortest paths between two entities. Renders run one after another, and each one
// is counted, so the test handle can tell when the page has drawn what it was asked for.
import { api, ApiError } from './api';
import type { CanvasController } from './canvas/canvas-controller';
import type { PanelControl } from './controls/panel-control';
import { timelineDates } from './graph/elements';
import { t } from './i18n/i18n';
import type { LayoutName } from './graph/layouts';
import type { Graph } from './graph/types';
import { VIEWS, type ViewState } from './graph/view-state';
import type { Session } from './session';
import { hideBanner, setStatus } from './ui/banner';

type ViewGraph = Graph & { truncated: boolean; positions?: Record<string, { x: number; y: number }> };
type ViewFilter = { kinds?: string[]; types?: string[]; asOf?: string };

function viewFilter(s: ViewState): ViewFilter {
  const view = VIEWS[s.view];
  return { kinds: s.kinds ?? view.kinds, types: s.types ?? view.types, asOf: s.asOf };
}

/** The first picture's graph, asked for beside the schema instead of after it. */
export interface Prefetch {
  query: string;
  graph: Promise<ViewGraph>;
}

export function prefetch(state: ViewState): Prefetch | undefined {
  if (state.focus || state.path) return undefined;
  const filter = viewFilter(state);
  const graph = api.graph(filter);
  // Marked as handled here: a failure is reported when a render awaits it, or not at all when the
  // schema failed first (the banner already says why).
  graph.catch(() => undefined);
  return { query: JSON.stringify(filter), graph };
}

interface PictureDeps {
  canvas: CanvasController;
  panel: PanelControl;
  session: Session;
  state: () => ViewState;
  layout: () => LayoutName;
  /** The whole graph drawn brings every date the time slider stops at. */
  onDates: (dates: string[]) => void;
  /** Fills both ends of the path finder for the path drawn. */
  showPathEnds: (ends: [string, string]) => void;
  /** Buttons, inputs and the legend follow the state, whether it came from a click, the URL or undo. */
  sync: () => void;
}

export class Picture {
  /** Renders asked for, and renders finished (drawn or failed): the handle's "drawn" signal. */
  requested = 0;
  finished = 0;
  lastOutcome: 'drawn' | 'failed' | undefined;
  rendering: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: PictureDeps,
    private prefetched?: Prefetch,
  ) {}

  /** Queues a render of the current state behind any render under way. */
  rerender(): Promise<void> {
    this.requested++;
    this.rendering = this.rendering.then(() => this.render());
    return this.rendering;
  }

  /** The view's graph: the prefetched answer when it is for this very filter, else a new request. */
  private viewGraph(filter: ViewFilter): Promise<ViewGraph> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    return prefetched && prefetched.query === JSON.stringify(filter) ? prefetched.graph : api.graph(filter);
  }

  private async render(): Promise<void> {
    const { canvas, panel, session } = this.deps;
    const s = this.deps.state();
    // Language and legend as they are when the answer arrives: the reader may switch them meanwhile.
    const drawOptions = (focus?: string) => {
      const now = this.deps.state();
      return { lang: now.lang, hidden: now, layout: this.deps.layout(), focus };
    };
    setStatus('');
    this.deps.sync();
    let outcome: 'drawn' | 'failed' = 'drawn';
    try {
      if (s.path) {
        const { paths } = await api.paths(s.path[0], s.path[1], { avoid: s.avoid, maxDepth: s.hops });
        // The panel first, so the picture is fitted to the room the panel leaves.
        panel.showPaths(paths, s.path);
        canvas.draw({ nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) }, drawOptions(s.path[0]));
        canvas.mark('path');
        this.deps.showPathEnds(s.path);
        if (!paths.length) setStatus(t('noPathWithin', { hops: s.hops ?? 4 }));
      } else if (s.focus) {
        // The panel opens (loading) first, so the picture is fitted to the room the panel leaves;
        // it then shows the very neighbourhood the picture drew, not a second copy of it.
        const around = api.neighbors(s.focus, s.depth ?? 1);
        const shown = panel.loadEntity(s.focus, around);
        // Its failure is the neighbourhood's, reported once below.
        shown.catch(() => undefined);
        canvas.draw(await around, drawOptions(s.focus));
        canvas.mark('focus', s.focus);
        await shown;
      } else {
        const filter = viewFilter(s);
        const graph = await this.viewGraph(filter);
        // The whole graph already holds every date: the time slider needs no second request.
        if (!filter.kinds && !filter.types && !filter.asOf) this.deps.onDates(timelineDates(graph, this.deps.canvas.schema));
        canvas.draw(graph, { ...drawOptions(), positions: graph.positions });
        if (graph.nodes.length === 0) setStatus(s.asOf ? t('nothingAsOf', { date: s.asOf }) : t('nothingInView'));
        else if (graph.truncated) setStatus(t('firstRelationships', { count: graph.edges.length }));
      }
      hideBanner();
    } catch (error) {
      outcome = 'failed';
      // An answer other than "unavailable" proves the API is up: the banner goes, the status says why.
      if (error instanceof ApiError && !error.unavailable) hideBanner();
      if (error instanceof ApiError && error.status === 404) setStatus(t('notFoundSearch', { message: error.message }));
      else if (error instanceof ApiError && error.status === 400) setStatus(t('viewRefused', { message: error.message }));
      else session.fail(error);
    }
    // Again after drawing: the whole graph may have brought the time slider its dates.
    this.deps.sync();
    this.lastOutcome = outcome;
    this.finished++;
  }
}
