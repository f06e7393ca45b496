// The starter questions' guide: one line over the picture whose questions are links to the
// explorer's own views, paths and panels (starter-questions.ts works them out from the first
// picture's graph). It shows over a view, not over an entity or a path, until the reader closes it.
import type { CanvasController } from '../canvas/canvas-controller';
import type { Edge, Entity } from '../graph/types';
import { encodeState } from '../graph/view-state';
import { byId, el } from '../ui/dom';
import type { ViewStore } from '../view/view-store';
import type { PanelControl } from './panel-control';
import { starterQuestions, type Starter } from './starter-questions';

interface StarterDeps {
  store: ViewStore;
  canvas: CanvasController;
  panel: PanelControl;
}

/** Wires the guide; the function it gives back asks its questions again, in the language now chosen. */
export function wireStarters({ store, canvas, panel }: StarterDeps): () => void {
  const guide = byId('starters');
  let starters: Starter[] = [];
  let dismissed = false;
  const sync = () => {
    const s = store.state;
    const hidden = dismissed || starters.length === 0 || Boolean(s.focus || s.path);
    if (hidden === guide.hidden) return;
    guide.hidden = hidden;
    // The picture starts below the guide rather than under it; its fit follows the room left.
    const stage = guide.parentElement!;
    stage.style.setProperty('--guide-space', hidden ? '0px' : `${guide.offsetTop + guide.offsetHeight}px`);
    requestAnimationFrame(() => canvas.fit());
  };
  const go = (starter: Starter) => {
    store.navigate({ ...starter.state, lang: store.state.lang }, starter.question);
    // The panel takes room from the picture: fit it again once the panel is open.
    if (starter.open) void panel.openEntity(starter.open).then(() => requestAnimationFrame(() => canvas.fit()));
  };
  const fill = () => {
    const cy = canvas.cy;
    const graph = { nodes: cy.nodes().map((n) => n.data('entity') as Entity), edges: cy.edges().map((e) => e.data('edge') as Edge) };
    starters = starterQuestions(graph, canvas.schema);
    byId('starter-list').replaceChildren(
      ...starters.map((starter) => {
        const link = el('a', { href: `?${encodeState({ ...starter.state, lang: store.state.lang })}` }, starter.question);
        link.addEventListener('click', (e) => {
          e.preventDefault();
          go(starter);
        });
        return el('li', {}, link);
      }),
    );
    sync();
  };
  // Worked out once, from the first picture drawn, when it is a view (an entity's neighbourhood or
  // a path is too small a part of the graph to ask about).
  const off = canvas.on('first-render', () => {
    off();
    if (!store.state.focus && !store.state.path) fill();
  });
  byId('starters-close').addEventListener('click', () => {
    dismissed = true;
    sync();
  });
  store.on('navigated', sync);
  return () => {
    if (starters.length) fill();
  };
}
