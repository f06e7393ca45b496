// The banner that says the API or the database is down, and the status line for loading and
// empty results: the page never shows a silent blank canvas.
import { byId } from './dom';

export function showBanner(message: string) {
  const banner = byId('banner');
  banner.textContent = message;
  banner.hidden = false;
}
export function hideBanner() {
  byId('banner').hidden = true;
}
export function setStatus(message: string) {
  byId('status').textContent = message;
}
