// Starter questions for a newcomer: a one-line guide over the picture whose questions are links to
// the explorer's own views, paths and panels. Each question takes its subject from the data (the
// most funded organisation, the largest compute owner, the most signed petition, a prediction
// that came true, the most central person), never from a fixed id, and a question whose
// relationship type or kind the schema lacks, or whose answer the data does not hold, is left out.
import { api, call } from '../api';
import type { CanvasController } from '../canvas/canvas-controller';
import type { SchemaDocument } from '../graph/types';
import { encodeState, type ViewState } from '../graph/view-state';
import { byId, el } from '../ui/dom';
import type { ViewStore } from '../view/view-store';
import type { PanelControl } from './panel-control';

/** The schema names the questions ask about: a question needs its names to exist in the schema. */
const FUNDING = 'INVESTED_IN';
const SIGNING = 'SIGNED';
const PERSON = 'Person';
const ORGANISATION = 'Organization';

export interface Starter {
  question: string;
  /** The view, path or focus the question opens. */
  state: Omit<ViewState, 'lang'>;
  /** An entity whose panel answers the question beside the picture. */
  open?: string;
}

type Ref = { id: string; name: string; kind: string };

/** The entity most relationships of `type` point at (e.g. the most funded), if any. */
async function mostPointedAt(type: string): Promise<Ref | undefined> {
  const answer = await call('GET /api/analytics/centrality', { query: { measure: 'degree', direction: 'in', types: type, limit: 1 } });
  const top = answer.items[0];
  return top && top.score > 0 ? top.entity : undefined;
}

/** Each question, or undefined when the schema or the data cannot answer it. */
function askers(schema: SchemaDocument): (() => Promise<Starter | undefined>)[] {
  const hasType = (type: string) => schema.relationships.some((r) => r.type === type);
  const hasKind = (kind: string) => schema.kinds.some((k) => k.label === kind);
  return [
    async () => {
      const funded = hasType(FUNDING) ? await mostPointedAt(FUNDING) : undefined;
      return funded && { question: `Who funds ${funded.name}?`, state: { view: 'funds' }, open: funded.id };
    },
    async () => {
      // The server orders compute owners by their compute, largest first.
      const owner = (await call('GET /api/stats', {})).compute[0]?.owner;
      return owner && { question: 'Who controls the most compute?', state: { view: 'compute' }, open: owner.id };
    },
    async () => {
      const petition = hasType(SIGNING) ? await mostPointedAt(SIGNING) : undefined;
      return petition && { question: `Who signed “${petition.name}”?`, state: { view: 'petitions' }, open: petition.id };
    },
    async () => {
      const { items } = await call('GET /api/claims', { query: { kind: 'prediction', limit: 200 } });
      const speaker = items.find((i) => i.status === 'came-true')?.claimants[0];
      return speaker && { question: 'Which predictions came true?', state: { view: 'claims' }, open: speaker.id };
    },
    async () => {
      if (!hasKind(PERSON) || !hasKind(ORGANISATION)) return undefined;
      // The most central person, and the most central organisation not tied to them directly.
      const ranked = await call('GET /api/analytics/centrality', { query: { measure: 'pagerank', limit: 50 } });
      const person = ranked.items.find((i) => i.entity.kind === PERSON)?.entity;
      if (!person) return undefined;
      const near = new Set((await api.neighbors(person.id, 1, 500)).nodes.map((n) => n.id));
      const org = ranked.items.find((i) => i.entity.kind === ORGANISATION && !near.has(i.entity.id))?.entity;
      return org && { question: `How is ${person.name} linked to ${org.name}?`, state: { view: 'all', path: [person.id, org.id] } };
    },
  ];
}

/** Asks every question's data at once; the ones that can be answered, in their order. */
export async function loadStarters(schema: SchemaDocument): Promise<Starter[]> {
  const answers = await Promise.allSettled(askers(schema).map((ask) => ask()));
  return answers.flatMap((a) => (a.status === 'fulfilled' && a.value ? [a.value] : []));
}

interface StarterDeps {
  store: ViewStore;
  canvas: CanvasController;
  panel: PanelControl;
}

/**
 * Fills the guide once the first picture is on screen (its requests never delay that picture) and
 * shows it over a view, not over an entity or a path, until the reader closes it.
 */
export function wireStarters({ store, canvas, panel }: StarterDeps): void {
  const guide = byId('starters');
  let starters: Starter[] = [];
  let dismissed = false;
  const sync = () => {
    const s = store.state;
    guide.hidden = dismissed || starters.length === 0 || Boolean(s.focus || s.path);
  };
  const go = (starter: Starter) => {
    store.navigate({ ...starter.state, lang: store.state.lang }, starter.question);
    // The panel takes room from the picture: fit it again once the panel is open.
    if (starter.open) void panel.openEntity(starter.open).then(() => requestAnimationFrame(() => canvas.fit()));
  };
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    void loadStarters(canvas.schema).then((found) => {
      starters = found;
      byId('starter-list').replaceChildren(
        ...found.map((starter) => {
          const link = el('a', { href: `?${encodeState({ ...starter.state, lang: store.state.lang })}` }, starter.question);
          link.addEventListener('click', (e) => {
            e.preventDefault();
            go(starter);
          });
          return el('li', {}, link);
        }),
      );
      sync();
    });
  };
  canvas.on('first-render', load);
  // A first view that draws nothing has no first frame: the guide is filled all the same.
  window.setTimeout(load, 4000);
  byId('starters-close').addEventListener('click', () => {
    dismissed = true;
    sync();
  });
  store.on('navigated', sync);
}
