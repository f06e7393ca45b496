// The one-click view buttons: each opens its view, keeping the language, the date and the legend's
// choices, except that a view shows the kinds and relationship types it is made of even where the
// legend had hidden them (the first picture hides claims; the Claims view is about them). The
// pressed button follows the state.
import { VIEWS, type ViewName, type ViewState } from '../graph/view-state';
import { t } from '../i18n/i18n';
import type { ViewStore } from '../view/view-store';

const buttons = () => document.querySelectorAll<HTMLButtonElement>('[data-view]');

/** `hidden` without the names the view asks for; undefined when nothing is left hidden. */
function stillHidden(hidden: string[] | undefined, wanted: string[] | undefined): string[] | undefined {
  const left = hidden?.filter((name) => !wanted?.includes(name));
  return left?.length ? left : undefined;
}

export function wireViews(store: ViewStore): void {
  for (const button of buttons())
    button.addEventListener('click', () => {
      const view = button.dataset.view as ViewName;
      const { lang, asOf, hideKinds, hideTypes } = store.state;
      store.navigate(
        {
          view,
          lang,
          asOf,
          hideKinds: stillHidden(hideKinds, VIEWS[view].kinds),
          hideTypes: stillHidden(hideTypes, VIEWS[view].types),
        },
        t('showView', { name: button.textContent ?? '' }),
      );
    });
}

export function syncViews(s: ViewState): void {
  buttons().forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === s.view && !s.focus && !s.path)));
}
