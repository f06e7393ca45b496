// The narrow-screen layout's two switches: the menu that holds the views and tools on a phone, and
// the bottom sheet's "hide details" that leaves the whole picture in view. Each keeps its button's
// aria-expanded true to what is shown; the menu closes once a choice in it is made.
import type { CanvasController } from '../canvas/canvas-controller';
import { t } from '../i18n/i18n';
import { byId } from '../ui/dom';

function setMenu(open: boolean): void {
  document.body.classList.toggle('menu-open', open);
  byId('menu-toggle').setAttribute('aria-expanded', String(open));
}

/** Closes the menu and the filters drawer (Escape, or the other one opening). */
export function closeDrawers(): void {
  setMenu(false);
  document.body.classList.remove('filters-open');
  byId('filters-toggle').setAttribute('aria-expanded', 'false');
}

export function wireCompactLayout(canvas: CanvasController): void {
  byId('menu-toggle').addEventListener('click', () => {
    const open = !document.body.classList.contains('menu-open');
    closeDrawers();
    setMenu(open);
  });
  // A view or a tool picked from the menu closes it; the layout select closes it once changed.
  byId('menu').addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('button')) setMenu(false);
  });
  byId('layout').addEventListener('change', () => setMenu(false));
  document.addEventListener('click', (e) => {
    if (document.body.classList.contains('menu-open') && !(e.target as HTMLElement).closest('#menu, #menu-toggle')) setMenu(false);
  });

  const sheet = byId('panel');
  const toggle = byId('panel-collapse');
  toggle.addEventListener('click', () => {
    const collapsed = sheet.classList.toggle('collapsed');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    const words = collapsed ? 'showDetails' : 'hideDetails';
    // The key stays on the button, so a later language change writes the right words.
    toggle.dataset.i18n = words;
    toggle.textContent = t(words);
    // The picture's room changed: fit it again once the browser has laid the sheet out.
    requestAnimationFrame(() => canvas.fit());
  });
}
