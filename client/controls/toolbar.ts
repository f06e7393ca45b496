// The toolbar and the keyboard: language, undo, fit and zoom, layout, exports, the shareable link,
// the filters drawer and the menu on narrow screens, and the panel's close button.
import type { CanvasController } from '../canvas/canvas-controller';
import type { LayoutName } from '../graph/layouts';
import type { ViewState } from '../graph/view-state';
import { readLanguage } from '../graph/view-state';
import { language, setLanguage, t, type MessageKey } from '../i18n/i18n';
import { citedDocuments, composePng, legendOf } from '../canvas/png-export';
import { setStatus } from '../ui/banner';
import { byId, el } from '../ui/dom';
import { closePanel } from '../ui/panel';
import { withExtras } from '../view/picture-link';
import type { UndoStack } from '../view/undo-stack';
import type { ViewStore } from '../view/view-store';
import { closeDrawers, wireCompactLayout } from './compact-layout';
import type { GraphEdits } from './graph-edits';
import type { PanelControl } from './panel-control';
import { wireStarters } from './starters';

export const layoutName = () => byId<HTMLSelectElement>('layout').value as LayoutName;

/**
 * Writes the picture's edits and layout (and, for a link being shared, its zoom and pan) into the
 * address, so that the address bar, a reload and a copied link all reopen what is on screen.
 */
export function rememberPicture(edits: Pick<GraphEdits, 'edits'>, at?: { zoom: number; x: number; y: number }): string {
  const link = withExtras(location.href, { edits: [...edits.edits], layout: layoutName(), at });
  history.replaceState(history.state, '', link);
  return link;
}

interface ToolbarDeps {
  store: ViewStore;
  canvas: CanvasController;
  undo: UndoStack;
  edits: GraphEdits;
  panel: PanelControl;
  /** Brings the other controls in step after the language changed. */
  sync: () => void;
}

export function wireToolbar({ store, canvas, undo, edits, panel, sync }: ToolbarDeps): void {
  const askAgain = wireStarters({ store, canvas, panel });
  const switcher = byId<HTMLSelectElement>('lang-toggle');
  switcher.addEventListener('change', () => {
    store.replace({ ...store.state, lang: readLanguage(switcher.value) });
    rememberPicture(edits);
    canvas.relabel(store.state.lang);
    sync();
    askAgain();
    panel.relabel();
  });
  byId('undo').addEventListener('click', () => {
    if (!undo.undo()) setStatus(t('nothingToUndo'));
  });
  byId('fit').addEventListener('click', () => canvas.fit());
  byId('zoom-in').addEventListener('click', () => canvas.zoomBy(1.25));
  byId('zoom-out').addEventListener('click', () => canvas.zoomBy(0.8));
  byId('layout').addEventListener('change', () => {
    canvas.layout(layoutName(), store.state.focus);
    rememberPicture(edits);
  });
  byId('panel-close').addEventListener('click', closePanel);
  byId('filters-toggle').addEventListener('click', () => {
    const open = !document.body.classList.contains('filters-open');
    closeDrawers();
    document.body.classList.toggle('filters-open', open);
    byId('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  wireCompactLayout(canvas);
  byId('export-png').addEventListener('click', () => {
    const s = store.state;
    const shown = canvas.shown();
    const view = t(`view${s.view[0].toUpperCase()}${s.view.slice(1)}` as MessageKey);
    const subject = s.path ? s.path.map((id) => canvas.nameOf(id)).join(' → ') : s.focus ? canvas.nameOf(s.focus) : view;
    const caption = {
      title: `${t('appTitle')} — ${subject}`,
      asOf: t('pngAsOf', { date: s.asOf ?? t('today') }),
      sources: t('pngSources', { count: citedDocuments(shown.edges) }),
      link: t('pngLink', { link: rememberPicture(edits, canvas.viewport()) }),
    };
    const legend = legendOf(
      canvas.schema,
      { kinds: new Set(shown.nodes.map((n) => n.kind)), types: new Set(shown.edges.map((e) => e.type)) },
      s.lang,
    );
    void composePng(canvas.png(), caption, legend).then((png) => download('ai-industry-graph.png', png));
  });
  byId('export-json').addEventListener('click', () => {
    const graph = { view: store.state, ...canvas.shown() };
    download('ai-industry-graph.json', new Blob([JSON.stringify(graph, null, 2)], { type: 'application/json' }));
  });
  byId('share').addEventListener('click', () => {
    const link = rememberPicture(edits, canvas.viewport());
    navigator.clipboard.writeText(link).then(
      () => setStatus(t('linkCopied')),
      () => setStatus(t('copyThisLink', { link })),
    );
  });
  document.addEventListener('keydown', (e) => {
    const typing = (e.target as HTMLElement).matches('input, textarea, select');
    if (e.key === '/' && !typing) {
      e.preventDefault();
      byId('search-input').focus();
    } else if (e.key === 'Escape') {
      closePanel();
      closeDrawers();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !typing) canvas.selectedNodes().forEach((id) => edits.remove(id));
  });
}

/** Writes the interface in the state's language: the switch, `<html lang>` and the page's static words. */
export function syncToolbar(s: ViewState): void {
  byId<HTMLSelectElement>('lang-toggle').value = s.lang;
  if (s.lang !== language()) setLanguage(s.lang);
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
