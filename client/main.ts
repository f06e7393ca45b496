// The explorer page's composition root: builds the session, the view store and undo stack, the
// canvas controller, the picture and one module per control, wires them together and installs
// the test handle. The first picture's graph is asked for beside the schema, not after it.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { titleIn } from '../graph-schema/rules';
import { onLoading } from './api';
import { CanvasController } from './canvas/canvas-controller';
import { AnalyticsControl } from './controls/analytics-control';
import { GraphEdits } from './controls/graph-edits';
import { wireLegend } from './controls/legend-control';
import { PanelControl } from './controls/panel-control';
import { setPathEnd, wirePathFinder } from './controls/path-finder';
import { wireMainSearch } from './controls/search';
import { TimeSlider } from './controls/time-slider';
import { layoutName, rememberPicture, syncToolbar, wireToolbar } from './controls/toolbar';
import { syncViews, wireViews } from './controls/views';
import { wireCuration } from './curation/curation-root';
import type { SchemaDocument } from './graph/types';
import { Picture, prefetch, type Prefetch } from './picture';
import { Session } from './session';
import { historyWithTable } from './tables/table-url';
import { AnswerTables } from './tables/tables-control';
import { setLanguage, t } from './i18n/i18n';
import { installHandle } from './test-handle';
import { byId } from './ui/dom';
import { syncLegend } from './ui/legend';
import { readExtras } from './view/picture-link';
import { UndoStack } from './view/undo-stack';
import { ViewStore } from './view/view-store';

// Extensions are registered here, once.
cytoscape.use(fcose);

interface Built {
  canvas: CanvasController;
  picture: Picture;
  edits: GraphEdits;
  slider: TimeSlider;
}

const undo = new UndoStack();
// The open answer table's parameters ride on every URL the view store writes.
const store = new ViewStore(
  historyWithTable(history, () => tables?.state),
  location,
  undo,
);
// The page's static words (its tooltips live only in the catalogue) are written before anything draws.
setLanguage(store.state.lang);
const session = new Session(recover);
let tables: AnswerTables | undefined;
let built: Built | undefined;
let ready = false;
let firstRenderMs: number | undefined;

/** Everything that needs the schema: the canvas (styled by it), the picture and the controls. */
function build(schema: SchemaDocument, prefetched?: Prefetch): Built {
  const canvas = new CanvasController(schema, byId('cy'));
  canvas.on('first-render', (ms) => (firstRenderMs ??= ms));
  const edits: GraphEdits = new GraphEdits(canvas, store, undo, session, () => rememberPicture(edits));
  const panel = new PanelControl({ canvas, session, store, edits, setPathEnd });
  const slider = new TimeSlider(store, schema);
  const analytics = new AnalyticsControl(store, canvas);
  const sync = () => {
    void analytics.sync(store.state);
    syncViews(store.state);
    syncToolbar(store.state);
    slider.sync(store.state);
    syncLegend(store.state);
    tables?.relabel();
  };
  const picture = new Picture(
    {
      canvas,
      panel,
      session,
      state: () => store.state,
      layout: layoutName,
      onDates: (dates) => slider.setDates(dates),
      showPathEnds: (ends) => ends.forEach((id, i) => setPathEnd(i === 0 ? 'path-from' : 'path-to', id, canvas.nameOf(id))),
      sync,
    },
    prefetched,
  );
  const kindTitle = (label: string) => {
    const kind = schema.kinds.find((k) => k.label === label);
    return kind ? titleIn(kind, store.state.lang) : label;
  };
  const suggest = { kindTitle, lang: () => store.state.lang };
  wireViews(store);
  wireMainSearch(store, suggest);
  wirePathFinder(store, suggest);
  wireLegend(schema, store, canvas);
  wireToolbar({ store, canvas, undo, edits, panel, sync });
  // A new view drops the last one's edits; going back to an entry whose address names edits makes them again.
  store.on('navigated', () => {
    edits.forget();
    void picture.rerender().then(() => edits.replay(readExtras(location.search).edits));
  });
  const focus = (id: string) => store.navigate({ ...store.state, focus: id, path: undefined }, t('focusOn', { name: canvas.nameOf(id) }));
  wireCuration({ schema, session, rerender: () => picture.rerender(), focus }).on((curator) => panel.setCurating(curator !== undefined));
  window.addEventListener('popstate', () => store.popped());
  sync();
  return { canvas, picture, edits, slider };
}

async function start(): Promise<void> {
  onLoading((n) => {
    document.body.classList.toggle('loading', n > 0);
    // On the stage, not the cytoscape container: cytoscape treats any change there as a resize.
    document.querySelector('.stage')?.setAttribute('aria-busy', String(n > 0));
  });
  // A link's layout applies from the first draw; its edits, zoom and pan once that draw is done.
  const extras = readExtras(location.search);
  if (extras.layout) byId<HTMLSelectElement>('layout').value = extras.layout;
  // Schema, sources and the first picture's graph are independent requests: asked at once, the
  // page waits for the slowest instead of their sum.
  const prefetched = prefetch(store.state);
  session.loadSources();
  tables = new AnswerTables(store, session, () => built?.canvas.fit());
  const schema = await session.loadSchema();
  // Without the schema the prefetched answer is dropped: recovery asks afresh, never reusing a failure.
  if (schema) await firstPicture((built = build(schema, prefetched)));
  if (built && built.picture.lastOutcome === 'drawn') {
    await built.edits.replay(extras.edits);
    if (extras.at) built.canvas.setViewport(extras.at);
  }
  tables.begin();
  ready = true;
}

/** The health watch saw the API come back: the current view is always drawn again. */
async function recover(): Promise<void> {
  tables?.retry();
  if (built) session.retrySources();
  else {
    const schema = await session.loadSchema();
    if (!schema) return;
    built = build(schema);
  }
  await firstPicture(built);
}

async function firstPicture({ picture, slider }: Built): Promise<void> {
  await picture.rerender();
  if (!slider.known && picture.lastOutcome === 'drawn') void slider.load();
}

installHandle({
  get ready() {
    return ready;
  },
  get cy() {
    if (!built) throw new Error('the picture is not ready');
    return built.canvas.cy;
  },
  get requested() {
    return built?.picture.requested ?? 0;
  },
  get finished() {
    return built?.picture.finished ?? 0;
  },
  get lastOutcome() {
    return built?.picture.lastOutcome;
  },
  async idle() {
    for (let current = built?.picture.rendering; ; current = built?.picture.rendering) {
      await current;
      if (current === built?.picture.rendering) return;
    }
  },
  get firstRenderMs() {
    return firstRenderMs;
  },
  draw(graph, focus) {
    const s = store.state;
    built?.canvas.draw(graph, { lang: s.lang, hidden: s, layout: layoutName(), focus: focus ?? s.focus });
  },
  expand: (id) => built?.edits.expand(id) ?? Promise.resolve(),
});
void start();
