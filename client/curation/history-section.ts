// The "History" section of an entity's panel, for a signed-in curator: the recorded writes that
// touched the entity (who, when, what, why), each with a Revert that records a revert of its own
// and has the picture drawn again. It watches the panel rather than being built into it, so the
// panel stays the same for readers.
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';
import { curationApi, type HistoryEntry } from './curator-api';

/** When, as a curator reads it: the UTC date and minute. */
export function when(at: string): string {
  return at.length >= 16 ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}

/** What an entry did, in a few words: its action and how many records it changed. */
export function summary(entry: HistoryEntry): string {
  const n = entry.changes.length;
  const what = `${entry.action}${n ? `, ${n} record${n === 1 ? '' : 's'}` : ''}`;
  return entry.reverts ? `${what} (undoes an earlier change)` : what;
}

export class HistorySection {
  private enabled = false;
  private readonly body: HTMLElement;

  constructor(
    panelBody: HTMLElement,
    private readonly refresh: () => Promise<void>,
  ) {
    this.body = panelBody;
    new MutationObserver(() => this.decorate()).observe(panelBody, { childList: true });
  }

  /** Curators see the section; anyone else sees the panel without it. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.body.querySelector('.history-section')?.remove();
    this.decorate();
  }

  private decorate(): void {
    if (!this.enabled || this.body.querySelector('.history-section')) return;
    const id = this.body.querySelector<HTMLElement>('h2[data-entity]')?.dataset.entity;
    if (!id) return;
    const list = el('ul', { class: 'history' }, el('li', { class: 'loading' }, t('loading')));
    const section = el('section', { class: 'history-section', 'data-entity': id }, el('h3', {}, t('history')), list);
    this.body.append(section);
    void this.load(id, list);
  }

  private async load(id: string, list: HTMLElement): Promise<void> {
    try {
      const page = await curationApi.history(id);
      list.replaceChildren(...page.items.map((entry) => this.item(entry)));
      if (!page.items.length) list.append(el('li', { class: 'muted' }, t('noChange')));
    } catch (error) {
      list.replaceChildren(
        el('li', { class: 'error' }, t('historyUnreadable', { message: error instanceof Error ? error.message : String(error) })),
      );
    }
  }

  private item(entry: HistoryEntry): HTMLElement {
    const li = el(
      'li',
      { 'data-history': entry.id, 'data-action': entry.action },
      el('span', { class: 'who' }, entry.actor),
      ' · ',
      el('time', { datetime: entry.at }, when(entry.at)),
      ' · ',
      el('span', { class: 'action' }, summary(entry)),
    );
    if (entry.note) li.append(el('p', { class: 'note' }, entry.note));
    if (entry.revertedBy) li.append(el('p', { class: 'muted reverted' }, t('reverted')));
    else {
      const revert = el('button', { type: 'button', class: 'revert' }, t('revert'));
      const problem = el('span', { class: 'item-errors', role: 'alert' });
      revert.addEventListener('click', () => void this.revert(entry, revert, problem));
      li.append(' ', revert, problem);
    }
    return li;
  }

  private async revert(entry: HistoryEntry, button: HTMLButtonElement, problem: HTMLElement): Promise<void> {
    button.disabled = true;
    problem.textContent = '';
    try {
      await curationApi.revert(entry.id);
      await this.refresh();
      // The picture's redraw may not reopen this panel: its section is read afresh either way.
      const section = this.body.querySelector<HTMLElement>('.history-section');
      if (section?.dataset.entity) await this.load(section.dataset.entity, section.querySelector('ul')!);
    } catch (error) {
      problem.textContent = error instanceof Error ? error.message : String(error);
      button.disabled = false;
    }
  }
}
