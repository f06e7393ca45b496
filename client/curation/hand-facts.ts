// Facts the extractor missed, added by hand beside their paragraph: a new entity (its name taken
// from the text selected in the article, if any) and a relationship whose ends the curator picks.
// Both join the review like suggestions and are written only with "Accept selected".
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';
import type { CardContext } from './card-parts';
import { addEntity, addRelationship } from './review-model';

/** The text selected inside paragraph `n` of the article, if the selection lies there. */
function selectedIn(n: number): string {
  const selection = window.getSelection();
  const anchor = selection?.anchorNode?.parentElement?.closest<HTMLElement>('.article-paragraph');
  return anchor?.dataset.paragraph === String(n) ? (selection?.toString().trim() ?? '') : '';
}

export function handTools(paragraph: number, ctx: () => CardContext): HTMLElement {
  const entity = el('button', { type: 'button', class: 'add-entity', title: t('addEntityTitle') }, t('addEntity'));
  // Pressing the button must not clear the selection it reads.
  entity.addEventListener('mousedown', (e) => e.preventDefault());
  entity.addEventListener('click', () => {
    const c = ctx();
    addEntity(c.review, paragraph, selectedIn(paragraph), 'Organization');
    c.changed();
  });
  const relationship = el('button', { type: 'button', class: 'add-relationship' }, t('addRelationship'));
  relationship.addEventListener('click', () => {
    const c = ctx();
    addRelationship(c.review, paragraph, c.schema.relationships[0].type as Parameters<typeof addRelationship>[2]);
    c.changed();
  });
  return el('div', { class: 'hand-tools' }, entity, relationship);
}
