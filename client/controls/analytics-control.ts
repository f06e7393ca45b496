// Size by a centrality measure and colour by community: a select and a checkbox in the sidebar,
// the choice kept in the view's URL, the answers of the analytics routes painted on whatever the
// picture shows, a legend of the groups and the key players by the measure (PageRank when none is
// chosen). Each answer is asked once per slice.
import { call } from '../api';
import { groupColour, paintNodes, sizesFor } from '../canvas/analytics-paint';
import type { CanvasController } from '../canvas/canvas-controller';
import { SIZE_MEASURES, VIEWS, type SizeMeasure, type ViewState } from '../graph/view-state';
import { byId, el } from '../ui/dom';
import { t } from '../i18n/i18n';
import type { ViewStore } from '../view/view-store';
import { KeyPlayers, type Player } from './key-players';

type Slice = { kinds?: string; types?: string; asOf?: string };
type Groups = { name: string; size: number; colour: string; members: string[] }[];
type Ranked = (Player & { score: number })[];

function sliceOf(s: ViewState): Slice {
  const view = VIEWS[s.view];
  return { kinds: (s.kinds ?? view.kinds)?.join(','), types: (s.types ?? view.types)?.join(','), asOf: s.asOf };
}

export class AnalyticsControl {
  private readonly answers = new Map<string, Promise<unknown>>();
  private readonly select: HTMLSelectElement;
  private readonly colour: HTMLInputElement;
  private readonly legend = el('ul', { id: 'legend-groups', class: 'legend' });
  private readonly players: KeyPlayers;

  constructor(
    private readonly store: ViewStore,
    private readonly canvas: CanvasController,
  ) {
    this.select = el(
      'select',
      { id: 'size-by', 'aria-label': t('sizeNodesBy'), 'data-i18n-aria-label': 'sizeNodesBy' },
      el('option', { value: '', 'data-i18n': 'sizeByKind' }, t('sizeByKind')),
    );
    for (const m of SIZE_MEASURES) this.select.append(el('option', { value: m }, m));
    this.colour = el('input', { type: 'checkbox', id: 'colour-groups' });
    const choose = () => {
      const size = (this.select.value || undefined) as SizeMeasure | undefined;
      this.store.replace({ ...this.store.state, size, groups: this.colour.checked || undefined });
      void this.sync(this.store.state);
    };
    this.select.addEventListener('change', choose);
    this.colour.addEventListener('change', choose);
    this.players = new KeyPlayers(({ id, name }) => store.navigate({ ...store.state, focus: id, path: undefined }, t('focusOn', { name })));
    byId('sidebar').append(
      el(
        'section',
        {},
        el('h2', { 'data-i18n': 'analytics' }, t('analytics')),
        el('label', {}, el('span', { 'data-i18n': 'sizeBy' }, t('sizeBy')), ' ', this.select),
        el('label', {}, this.colour, ' ', el('span', { 'data-i18n': 'colourByCommunity' }, t('colourByCommunity'))),
        this.legend,
        this.players.section,
      ),
    );
  }

  /** Brings the controls and the picture in step with `state`; called before and after each draw. */
  async sync(state: ViewState): Promise<void> {
    this.select.value = state.size ?? '';
    this.colour.checked = state.groups === true;
    const slice = sliceOf(state);
    const measure = state.size ?? 'pagerank';
    // Sizing and colouring need their answers at once; the list alone waits for a first picture, so
    // the analysis (a worker's start, on a large graph a long run) never competes with the first draw.
    if (!state.size && !state.groups && this.canvas.cy.nodes().empty()) return;
    try {
      const [ranked, groups] = await Promise.all([this.ranking(measure, slice), state.groups ? this.groups(slice) : undefined]);
      // The reader may have changed the choice while the answers were on their way.
      if (this.store.state !== state && (this.store.state.size !== state.size || this.store.state.groups !== state.groups)) return;
      const colours = groups && new Map(groups.flatMap((g) => g.members.map((id) => [id, g.colour] as const)));
      paintNodes(this.canvas.cy, state.size && sizesFor(ranked), colours);
      this.showLegend(groups);
      // The picture's own label where it draws the entity: it follows the language switch.
      const named = ranked.map(({ id, name }) => ({ id, name: this.canvas.nameOf(id) === id ? name : this.canvas.nameOf(id) }));
      this.players.show(named, measure, this.store.state.focus);
    } catch {
      // A refused or failed analysis leaves the picture as the kinds draw it; the banner reports outages.
      paintNodes(this.canvas.cy, undefined, undefined);
      this.showLegend(undefined);
      this.players.unavailable();
    }
  }

  private once<T>(key: string, ask: () => Promise<T>): Promise<T> {
    if (!this.answers.has(key)) {
      const answer = ask();
      answer.catch(() => this.answers.delete(key));
      this.answers.set(key, answer);
    }
    return this.answers.get(key) as Promise<T>;
  }

  private async ranking(measure: SizeMeasure, slice: Slice): Promise<Ranked> {
    const answer = await this.once(`c ${measure} ${JSON.stringify(slice)}`, () =>
      call('GET /api/analytics/centrality', { query: { ...slice, measure, limit: 1000 } }),
    );
    return answer.items.map((i) => ({ id: i.entity.id, name: i.entity.name, score: i.score }));
  }

  private async groups(slice: Slice): Promise<Groups> {
    const answer = await this.once(`g ${JSON.stringify(slice)}`, () =>
      call('GET /api/analytics/communities', { query: { ...slice, limit: 1000 } }),
    );
    return answer.groups.map((g, i) => ({ name: g.name, size: g.size, colour: groupColour(i), members: g.members.map((m) => m.id) }));
  }

  private showLegend(groups: Groups | undefined): void {
    this.legend.replaceChildren(
      ...(groups ?? []).map((g) => {
        const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = g.colour;
        return el('li', { 'data-group': g.name }, el('label', {}, swatch, `${g.name} (${g.size})`));
      }),
    );
  }
}
