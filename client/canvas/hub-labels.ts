// The best-connected entities on screen keep a readable label at any zoom. The stylesheet hides
// labels that would be drawn under 7 px, which at the fitted zoom of a phone (about 0.25) is every
// label; the few hubs instead get a font size that grows as the picture shrinks, so their names
// are drawn at about the same size on screen. Degree on the picture is what makes a hub here: it
// needs no request and follows every expansion, removal and legend choice.
import type { Core } from 'cytoscape';

/** How many nodes are labelled whatever the zoom. */
export const HUB_COUNT = 8;
/** Their label's size and widest line on screen, in CSS pixels. */
const HUB_LABEL_PX = 11;
const HUB_LABEL_WIDTH_PX = 120;

export function keepHubLabels(cy: Core): void {
  let hubs = cy.collection();
  const resize = () => {
    const scale = Math.min(80 / HUB_LABEL_PX, Math.max(10 / HUB_LABEL_PX, 1 / cy.zoom()));
    cy.batch(() =>
      hubs.forEach((n) => void n.data({ hubFont: Math.round(HUB_LABEL_PX * scale), hubWidth: Math.round(HUB_LABEL_WIDTH_PX * scale) })),
    );
  };
  const choose = () => {
    const ranked = cy
      .nodes()
      .map((n) => ({ node: n, id: n.id(), degree: n.hasClass('hidden') ? 0 : n.degree(false) }))
      .filter((r) => r.degree > 1)
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    let next = cy.collection();
    for (const r of ranked.slice(0, HUB_COUNT)) next = next.union(r.node);
    // The same hubs again (this module's own class changes come back here as events): nothing to do.
    if (next.same(hubs) && hubs.filter('.hub').length === hubs.length) return;
    cy.batch(() => {
      hubs.difference(next).removeClass('hub');
      next.addClass('hub');
    });
    hubs = next;
    resize();
  };
  let pending = false;
  // Many elements change at once (a draw adds hundreds): choose once after the burst.
  const later = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      choose();
    });
  };
  cy.on('add remove', later);
  cy.on('class', 'node', later);
  cy.on('zoom', resize);
}
