// The one-click view buttons: each opens its view, keeping the language, the date and the legend's
// choices; the pressed button follows the state.
import type { ViewName, ViewState } from '../graph/view-state';
import type { ViewStore } from '../view/view-store';

const buttons = () => document.querySelectorAll<HTMLButtonElement>('[data-view]');

export function wireViews(store: ViewStore): void {
  for (const button of buttons())
    button.addEventListener('click', () => {
      const { lang, asOf, hideKinds, hideTypes } = store.state;
      store.navigate({ view: button.dataset.view as ViewName, lang, asOf, hideKinds, hideTypes }, `Show ${button.textContent ?? ''}`);
    });
}

export function syncViews(s: ViewState): void {
  buttons().forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === s.view && !s.focus && !s.path)));
}
