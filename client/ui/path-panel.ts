// The path finder's answer in the panel: each distinct route once, as the entities it passes
// through, with every relationship between two neighbours on it grouped under that hop and its
// sources; and the ways to ask again: avoid an entity on a route, stop avoiding it, or allow longer
// routes.
import { titleIn } from '../../graph-schema/rules';
import { displayName } from '../graph/elements';
import type { Edge, Graph } from '../graph/types';
import { t } from '../i18n/i18n';
import { el } from './dom';
import { sourcesList } from './citations';
import type { PanelContext } from './panel-parts';

/** What the panel offers beside the routes; each asks the path finder again. */
export interface RouteOptions {
  avoided: readonly string[];
  maxHops: number;
  avoid(id: string): void;
  stopAvoiding(id: string): void;
  setMaxHops(hops: number): void;
}

const HOP_CHOICES = [2, 3, 4, 5, 6];

export function routesPanel(routes: Graph[], ends: [string, string], ctx: PanelContext, options: RouteOptions): (Node | string)[] {
  const names = new Map(routes.flatMap((r) => r.nodes).map((n) => [n.id, displayName(n, ctx.lang)]));
  const nameOf = (id: string) => names.get(id) ?? ctx.nameOf(id);
  const hops = (routes[0]?.nodes.length ?? 1) - 1;
  const title = routes.length
    ? t('routesTitle', {
        routes: routes.length > 1 ? t('routeMany', { count: routes.length }) : t('routeOne'),
        hops: hops > 1 ? t('hopMany', { count: hops }) : t('hopOne'),
      })
    : t('noPath');
  const children: (Node | string)[] = [
    el('p', { class: 'kind' }, t('pathFinder')),
    el('h2', { class: 'paths-title', tabindex: '-1' }, title),
    el('p', { class: 'muted' }, `${nameOf(ends[0])} → ${nameOf(ends[1])}`),
    routeControls(options, nameOf),
  ];
  if (!routes.length)
    children.push(el('p', {}, t(options.avoided.length ? 'nothingLinksAvoiding' : 'nothingLinks', { hops: options.maxHops })));
  routes.forEach((route, i) => {
    const via = route.nodes.slice(1, -1);
    children.push(
      el('h3', {}, t('routeNumber', { n: i + 1, names: route.nodes.map((n) => nameOf(n.id)).join(' → ') })),
      hopList(route, nameOf, ctx),
      ...(via.length
        ? [
            el(
              'p',
              { class: 'route-actions' },
              // Side by side, the buttons read as one run of words without a separator.
              ...via.flatMap((n, i) => [
                ...(i ? [' · '] : []),
                button(t('avoid', { name: nameOf(n.id) }), () => options.avoid(n.id), t('avoidTitle')),
              ]),
            ),
          ]
        : []),
    );
  });
  return children;
}

/** One item per hop; parallel relationships between the same two entities are listed together. */
function hopList(route: Graph, nameOf: (id: string) => string, ctx: PanelContext): HTMLElement {
  const list = el('ol', { class: 'hops' });
  for (let i = 0; i + 1 < route.nodes.length; i++) {
    const [a, b] = [route.nodes[i].id, route.nodes[i + 1].id];
    const ties = route.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
    const item = el('li', {}, el('span', { class: 'hop-ends' }, `${nameOf(a)} — ${nameOf(b)}`));
    const inner = el('ul', { class: 'hop-ties' });
    // The hop's line is the curators' wording: its sources quote their paragraphs under it.
    for (const tie of ties) inner.append(el('li', {}, tieLine(tie, nameOf, ctx), sourcesList(tie.sources, ctx, true)));
    item.append(inner);
    list.append(item);
  }
  return list;
}

function tieLine(edge: Edge, nameOf: (id: string) => string, ctx: PanelContext): string {
  const rel = ctx.schema.relationships.find((r) => r.type === edge.type);
  const title = rel ? titleIn(rel, ctx.lang) : edge.type;
  return `${nameOf(edge.source)} ${title} ${nameOf(edge.target)}`;
}

function routeControls(options: RouteOptions, nameOf: (id: string) => string): HTMLElement {
  const select = el('select', { id: 'path-max-hops', 'aria-label': t('longestRoute') });
  for (const n of HOP_CHOICES) select.append(new Option(t('upToHops', { count: n }), String(n), false, n === options.maxHops));
  select.addEventListener('change', () => options.setMaxHops(Number(select.value)));
  const box = el('div', { class: 'route-controls' }, select);
  for (const id of options.avoided)
    box.append(button(t('stopAvoiding', { name: nameOf(id) }), () => options.stopAvoiding(id), t('stopAvoidingTitle')));
  return box;
}

function button(label: string, run: () => void, title: string): HTMLElement {
  const b = el('button', { type: 'button', class: 'link', title }, label);
  b.addEventListener('click', run);
  return b;
}
