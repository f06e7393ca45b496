// The "key players" list: the entities that score highest over the view's slice by the measure the
// picture is sized by (PageRank when none is chosen), each a button that focuses the picture on it
// and opens its panel, as a search result does. Buttons in an ordered list, so the keyboard and a
// screen reader reach them in rank order; on a narrow screen a pick closes the filters drawer, so
// the picture and the panel it opened are what the reader sees next.
import { el } from '../ui/dom';
import { t } from '../i18n/i18n';
import { closeDrawers } from './compact-layout';

/** How many entities the list names. */
const KEY_PLAYERS = 10;

const MEASURE_TITLES: Record<string, string> = { pagerank: 'PageRank' };

export interface Player {
  id: string;
  name: string;
}

export class KeyPlayers {
  readonly section: HTMLElement;
  private readonly caption = el('p', { id: 'key-players-measure', class: 'muted' });
  private readonly list = el('ol', { id: 'key-players', class: 'key-players', 'aria-labelledby': 'key-players-title' });

  constructor(private readonly onPick: (player: Player) => void) {
    this.section = el(
      'div',
      { class: 'key-players-box' },
      el('h3', { id: 'key-players-title', 'data-i18n': 'keyPlayers' }, t('keyPlayers')),
      this.caption,
      this.list,
    );
  }

  /** Lists `players` (highest first) ranked by `measure`; `focus` is marked as the one now shown. */
  show(players: readonly Player[], measure: string, focus: string | undefined): void {
    this.caption.textContent = players.length ? t('byMeasure', { measure: MEASURE_TITLES[measure] ?? measure }) : t('noneInView');
    this.list.replaceChildren(
      ...players.slice(0, KEY_PLAYERS).map((player) => {
        const button = el('button', { type: 'button', 'data-id': player.id }, player.name);
        if (player.id === focus) button.setAttribute('aria-current', 'true');
        button.addEventListener('click', () => {
          closeDrawers();
          this.onPick(player);
        });
        return el('li', {}, button);
      }),
    );
  }

  /** The analysis failed or was refused: the list says so instead of showing a stale ranking. */
  unavailable(): void {
    this.caption.textContent = t('notAvailableInView');
    this.list.replaceChildren();
  }
}
