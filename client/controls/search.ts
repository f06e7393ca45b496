// The main search box: picking a suggestion focuses the picture on that entity.
import type { ViewStore } from '../view/view-store';
import { wireSearch, type SuggestOptions } from '../ui/search';
import { t } from '../i18n/i18n';

export function wireMainSearch(store: ViewStore, suggest: Omit<SuggestOptions, 'onPick'>): void {
  wireSearch('search-input', 'suggestions', {
    ...suggest,
    onPick: (entity) => store.navigate({ ...store.state, focus: entity.id, path: undefined }, t('focusOn', { name: entity.name })),
  });
}
