// The answer tables beside the picture: opens the compute, funding or predictions table (from the
// toolbar or from the URL), fetches its answers, redraws it when sorted, downloads what it shows as
// CSV, and focuses the picture on the entity a row names. Its state rides in the URL the view store writes.
import { language, t, type MessageKey } from '../i18n/i18n';
import type { Session } from '../session';
import { byId, el } from '../ui/dom';
import type { ViewStore } from '../view/view-store';
import { loadTable, MODES, type Loaded } from './table-data';
import type { Opens, SortDir } from './table-model';
import { decodeTable, TABLE_NAMES, type TableName, type TableState } from './table-url';

const TITLES: Record<TableName, MessageKey> = { compute: 'tableCompute', funding: 'tableFunding', predictions: 'tablePredictions' };

export class AnswerTables {
  state: TableState | undefined = decodeTable(location.search);
  private readonly section = el('section', { id: 'answer-tables', class: 'answer-tables', 'aria-label': t('answerTables') });
  private readonly modes = el('div', { class: 'tables-modes', role: 'group', 'aria-label': t('tablesReading') });
  private readonly body = el('div', { class: 'tables-body', tabindex: '-1' });
  private loaded?: Loaded;
  private csv: (() => string) | undefined;
  private asked = 0;
  /** The language its words are written in. */
  private lang = language();

  constructor(
    private readonly store: ViewStore,
    private readonly session: Session,
    /** The picture's share of the stage changed (the sheet opened or closed): fit it to what is left. */
    private readonly onResize: () => void,
  ) {
    const tabs = el('div', { class: 'tables-tabs', role: 'group', 'aria-label': t('tablesTable') });
    for (const name of TABLE_NAMES) {
      const tab = el('button', { type: 'button', 'data-table': name }, t(TITLES[name]));
      tab.addEventListener('click', () => this.open({ name }));
      tabs.append(tab);
    }
    const csv = el('button', { type: 'button', id: 'tables-csv', title: t('tablesCsvTitle') }, 'CSV');
    csv.addEventListener('click', () => this.download());
    const close = el('button', { type: 'button', id: 'tables-close', 'aria-label': t('tablesClose') }, '×');
    close.addEventListener('click', () => this.open(undefined));
    this.section.append(el('div', { class: 'tables-bar' }, tabs, this.modes, csv, close), this.body);
    this.section.hidden = true;
    document.querySelector('.stage')?.append(this.section);
    byId('tables-open').addEventListener('click', () => this.open(this.state ? undefined : { name: 'compute' }));
    window.addEventListener('popstate', () => void this.show(decodeTable(location.search)));
  }

  /** Shows the table the URL names; called once the first picture is drawn, so it never delays it. */
  begin(): void {
    void this.show(this.state);
  }

  /** The language changed: the bar's words again, and the open table read again (its caption and statuses are in words). */
  relabel(): void {
    if (this.lang === language()) return;
    this.lang = language();
    this.section.setAttribute('aria-label', t('answerTables'));
    this.modes.setAttribute('aria-label', t('tablesReading'));
    this.section.querySelector('.tables-tabs')?.setAttribute('aria-label', t('tablesTable'));
    for (const tab of this.section.querySelectorAll<HTMLElement>('[data-table]'))
      tab.textContent = t(TITLES[tab.dataset.table as TableName]);
    this.section.querySelector('#tables-csv')?.setAttribute('title', t('tablesCsvTitle'));
    this.section.querySelector('#tables-close')?.setAttribute('aria-label', t('tablesClose'));
    this.loaded = undefined;
    if (this.state) void this.show(this.state);
  }

  /** The API is back after a failure: a table that could not be loaded is asked for again. */
  retry(): void {
    if (this.state && !this.loaded) void this.show(this.state);
  }

  /** Opens a table (or closes them all) and writes it into the URL. */
  open(next: TableState | undefined): void {
    void this.show(next);
    this.store.replace(this.store.state);
  }

  private async show(next: TableState | undefined): Promise<void> {
    const before = this.state;
    const wasOpen = !this.section.hidden;
    this.state = next;
    this.section.hidden = !next;
    byId('tables-open').setAttribute('aria-expanded', String(!!next));
    document.body.classList.toggle('tables-open', !!next);
    if (wasOpen !== !!next) this.onResize();
    if (!next) return;
    for (const tab of this.section.querySelectorAll<HTMLElement>('[data-table]'))
      tab.setAttribute('aria-pressed', String(tab.dataset.table === next.name));
    this.drawModes(next);
    if (this.loaded && before?.name === next.name && before.mode === next.mode) return this.draw();
    const asked = ++this.asked;
    this.loaded = undefined;
    this.body.replaceChildren(el('p', { class: 'muted' }, t('loading')));
    try {
      const loaded = await loadTable(next, this.session, this.store.state.lang);
      if (asked !== this.asked) return;
      this.loaded = loaded;
      this.draw();
    } catch (error) {
      if (asked !== this.asked) return;
      this.loaded = undefined;
      this.body.replaceChildren(el('p', { class: 'muted' }, t('tablesFailed')));
      this.session.fail(error);
    }
  }

  private drawModes(state: TableState): void {
    const modes = MODES[state.name];
    this.modes.replaceChildren(
      ...modes.map(({ mode, title }, i) => {
        const button = el('button', { type: 'button', 'data-mode': mode }, t(title));
        const current = state.mode === mode || (!state.mode && i === 0);
        button.setAttribute('aria-pressed', String(current));
        button.addEventListener('click', () => this.open({ name: state.name, mode: i === 0 ? undefined : mode }));
        return button;
      }),
    );
  }

  private draw(): void {
    const state = this.state;
    const loaded = this.loaded;
    if (!state || !loaded) return;
    const locale = this.store.state.lang === 'ja' ? 'ja-JP' : undefined;
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    this.csv = loaded.draw(this.body, {
      sort: state.sort,
      dir: state.dir,
      format: (n) => number.format(n),
      onSort: (sort: string, dir: SortDir) => this.open({ ...state, sort, dir }),
      onOpen: (entity: Opens) => this.focus(entity),
    });
  }

  private focus(entity: Opens): void {
    this.store.navigate({ ...this.store.state, focus: entity.id, path: undefined }, t('focusOn', { name: entity.name }));
  }

  private download(): void {
    if (!this.state || !this.csv) return;
    const name = `ai-industry-${this.state.name}${this.state.mode ? `-${this.state.mode}` : ''}.csv`;
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
