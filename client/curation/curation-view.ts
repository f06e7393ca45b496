// The curation drawer: paste an article, read it paragraph by paragraph beside the facts suggested
// from each paragraph, decide, and accept. Nothing is written before "Accept selected"; a refused
// accept shows each problem beside the item it names; a written one says what was written and has
// the picture drawn again so the new facts are in it.
import type { SchemaDocument } from '../graph/types';
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';
import { paragraphBlock, type Marked } from './article-view';
import type { CardContext } from './card-parts';
import { claimCard, entityCard } from './claim-entity-cards';
import { CurationError, curationApi, type Accepted, type Ingested } from './curator-api';
import { articleForm } from './article-form';
import { relationshipCard } from './relationship-card';
import { buildAccept, issuesByItem } from './accept-body';
import { handTools } from './hand-facts';
import { byParagraph, startReview } from './review-model';

export interface CurationDeps {
  schema: SchemaDocument;
  kindTitle: (kind: string) => string;
  /** Draws the picture again (and reloads the sources) once the graph has changed. */
  refresh: () => Promise<void>;
  /** Focuses the picture on an entity. */
  show: (id: string) => void;
}

export class CurationView {
  readonly root: HTMLElement;
  private readonly body = el('div', { class: 'curation-body' });
  private ingested?: Ingested;
  private ctx?: CardContext;

  constructor(private readonly deps: CurationDeps) {
    const close = el(
      'button',
      { type: 'button', class: 'close', 'aria-label': t('closeCuration'), 'data-i18n-aria-label': 'closeCuration' },
      '×',
    );
    close.addEventListener('click', () => this.close());
    this.root = el(
      'section',
      { id: 'curation', class: 'curation', role: 'dialog', 'aria-label': t('curateArticle'), 'data-i18n-aria-label': 'curateArticle' },
      el('header', { class: 'curation-head' }, el('h2', { 'data-i18n': 'curateArticle' }, t('curateArticle')), close),
      this.body,
    );
    this.root.hidden = true;
    document.body.append(this.root);
    this.startOver();
  }

  open(): void {
    this.root.hidden = false;
    this.root.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  close(): void {
    this.root.hidden = true;
  }

  private startOver(): void {
    this.ctx = undefined;
    this.body.replaceChildren(articleForm((ingested) => this.showReview(ingested)));
  }

  private showReview(ingested: Ingested): void {
    this.ingested = ingested;
    const review = startReview(ingested);
    this.ctx = { schema: this.deps.schema, review, kindTitle: this.deps.kindTitle, changed: () => this.drawCards() };
    this.drawReview();
  }

  private drawReview(): void {
    const { ingested, ctx } = this;
    if (!ingested || !ctx) return;
    const { document: doc, suggestions } = ingested;
    const counts = t('suggestedCounts', {
      relationships: suggestions.relationships.length,
      claims: suggestions.claims.length,
      entities: suggestions.entities.filter((e) => !e.known).length,
    });
    const note = el('input', {
      type: 'text',
      class: 'accept-note',
      placeholder: t('notePlaceholder'),
      'aria-label': t('noteLabel'),
    });
    const accept = el('button', { type: 'button', class: 'primary accept-selected' }, t('acceptSelected'));
    const formErrors = el('p', { class: 'form-errors', role: 'alert' });
    accept.addEventListener('click', () => void this.accept(ctx, note.value, accept, formErrors));
    const rows = [...doc.paragraphs].map((p) => {
      const marks: Marked[] = suggestions.entities.flatMap((e) =>
        e.mentions.filter((m) => m.paragraph === p.n).map((m) => ({ start: m.start, text: m.text, known: e.known, ref: e.ref })),
      );
      const side = el(
        'div',
        { class: 'review-side' },
        el('ul', { class: 'cards', 'data-paragraph': String(p.n) }),
        handTools(p.n, () => ctx),
      );
      return el('div', { class: 'review-row' }, paragraphBlock(p.n, p.text, marks), side);
    });
    this.body.replaceChildren(
      el('h3', { class: 'doc-title', 'data-document': doc.id }, doc.title),
      el('p', { class: 'muted' }, `${doc.language} · ${doc.paragraphs.length} paragraphs · ${counts}`),
      el(
        'p',
        { class: 'legend-line' },
        el('mark', { class: 'mention known' }, 'in the graph'),
        ' ',
        el('mark', { class: 'mention new' }, 'new'),
      ),
      ...rows,
      el('footer', { class: 'curation-foot' }, note, accept, formErrors),
    );
    this.drawCards();
  }

  /** Draws every card again from the review: an edit can change the names shown on other cards. */
  private drawCards(): void {
    const context = this.ctx;
    if (!context) return;
    const groups = byParagraph(context.review);
    for (const list of this.body.querySelectorAll<HTMLElement>('ul.cards')) {
      const group = groups.get(Number(list.dataset.paragraph));
      list.replaceChildren(
        ...(group?.entities.map((e) => entityCard(e, context)) ?? []),
        ...(group?.relationships.map((r) => relationshipCard(r, context)) ?? []),
        ...(group?.claims.map((c) => claimCard(c, context)) ?? []),
      );
    }
  }

  private showProblems(byItem: Map<string, string[]>, formErrors: HTMLElement): void {
    for (const slot of this.body.querySelectorAll<HTMLElement>('.item-errors')) slot.textContent = '';
    const unplaced: string[] = [];
    for (const [key, messages] of byItem) {
      const slot = key ? this.body.querySelector<HTMLElement>(`.suggestion[data-key="${CSS.escape(key)}"] .item-errors`) : null;
      if (slot) slot.textContent = messages.join('; ');
      else unplaced.push(...messages);
    }
    formErrors.textContent = byItem.size ? `${t('nothingWritten')} ${unplaced.join('; ')}`.trim() : '';
    this.body.querySelector('.item-errors:not(:empty)')?.closest('.suggestion')?.scrollIntoView({ block: 'center' });
  }

  private async accept(ctx: CardContext, note: string, button: HTMLButtonElement, formErrors: HTMLElement): Promise<void> {
    const review = ctx.review;
    const { input, sent, problems } = buildAccept(review, ctx.schema, note);
    if (problems.size) return this.showProblems(new Map([...problems].map(([k, m]) => [k, [m]])), formErrors);
    button.disabled = true;
    try {
      const written = await curationApi.accept(review.documentId, input);
      this.showWritten(written);
      await this.deps.refresh();
    } catch (error) {
      if (error instanceof CurationError && error.issues.length) this.showProblems(issuesByItem(error.issues, sent), formErrors);
      else formErrors.textContent = t('nothingWrittenBecause', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      button.disabled = false;
    }
  }

  private showWritten(written: Accepted): void {
    const { created, corroborated } = written;
    const another = el('button', { type: 'button' }, t('curateAnother'));
    another.addEventListener('click', () => this.startOver());
    const shown = el('ul', { class: 'written-entities' });
    for (const id of created.entities) {
      const go = el('button', { type: 'button', class: 'link', 'data-id': id }, t('showInPicture', { id }));
      go.addEventListener('click', () => (this.close(), this.deps.show(id)));
      shown.append(el('li', {}, go));
    }
    this.body.replaceChildren(
      el('h3', { class: 'written' }, t('written')),
      el(
        'p',
        { class: 'written-summary' },
        t('writtenSummary', {
          entities: created.entities.length,
          relationships: created.relationships.length,
          claims: created.claims.length,
          corroborated: corroborated.length,
        }),
      ),
      shown,
      el('p', { class: 'muted' }, t('historyEntry', { id: written.history })),
      another,
    );
  }
}
