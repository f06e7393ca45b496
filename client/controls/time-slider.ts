// The time slider: its stops are every date in the graph, and moving it shows the graph as of
// that date. Until the dates are known it sits at "today", not usable.
import { api } from '../api';
import { timelineDates } from '../graph/elements';
import type { SchemaDocument } from '../graph/types';
import type { ViewState } from '../graph/view-state';
import { t } from '../i18n/i18n';
import { byId } from '../ui/dom';
import type { ViewStore } from '../view/view-store';

export class TimeSlider {
  private dates: string[] = [];

  constructor(
    private readonly store: ViewStore,
    private readonly schema: SchemaDocument,
  ) {
    const slider = byId<HTMLInputElement>('asof');
    const dateAt = () => this.dates[Number(slider.value)];
    slider.addEventListener('change', () =>
      store.navigate(
        { ...store.state, asOf: dateAt(), focus: undefined, path: undefined },
        t('showAsOf', { date: dateAt() ?? t('today') }),
      ),
    );
    slider.addEventListener('input', () => (byId('asof-label').textContent = dateAt() ?? t('today')));
  }

  get known(): boolean {
    return this.dates.length > 0;
  }

  setDates(dates: string[]): void {
    this.dates = dates;
  }

  /** The stops fetched on their own, when the first picture was not the whole graph. */
  async load(): Promise<void> {
    try {
      this.dates = timelineDates(await api.graph({}), this.schema);
      this.sync(this.store.state);
    } catch {
      // The slider keeps "today" only; the banner already tells when the API is down.
    }
  }

  sync(s: ViewState): void {
    const slider = byId<HTMLInputElement>('asof');
    slider.max = String(this.dates.length);
    slider.disabled = this.dates.length === 0;
    const at = s.asOf
      ? Math.max(
          0,
          this.dates.findIndex((d) => d >= s.asOf!),
        )
      : this.dates.length;
    slider.value = String(at);
    byId('asof-label').textContent = s.asOf ?? t('today');
  }
}
