/**
 * In a browser tab of `tether serve`, the tab itself says how many accounts need the user, as the tray does on the
 * desktop: "(3) Tether" in the title and a red count on the favicon, updated as accounts change.
 */
import { selectSummary } from '../../store/slices/summary.selectors';
import type { AppStore } from '../../store/store';

const BASE_TITLE = 'Tether';

/** The title for `count` accounts needing the user. */
export function tabTitle(count: number): string {
  return count > 0 ? `(${count}) ${BASE_TITLE}` : BASE_TITLE;
}

/** An SVG favicon: Tether's mark, with a red badge carrying the count (9+ above nine) when anything needs the user. */
export function faviconHref(count: number): string {
  const label = count > 9 ? '9+' : String(count);
  const badge =
    count > 0
      ? `<circle cx="23" cy="9" r="9" fill="#d93025"/><text x="23" y="13" font-size="${label.length > 1 ? 10 : 12}" font-family="Arial,sans-serif" font-weight="700" text-anchor="middle" fill="#fff">${label}</text>`
      : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="3" width="28" height="28" rx="7" fill="#1a56db"/><path d="M8 12h14M15 12v13" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/>${badge}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Keeps the document's title and favicon on the count; returns the function that stops. */
export function startTabBadge(store: AppStore, doc: Document = document): () => void {
  let link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = doc.createElement('link');
    link.rel = 'icon';
    link.type = 'image/svg+xml';
    doc.head.appendChild(link);
  }
  const icon = link;
  let shown = -1;
  const update = (): void => {
    const count = selectSummary(store.getState()).needYou;
    if (count === shown) return;
    shown = count;
    doc.title = tabTitle(count);
    icon.href = faviconHref(count);
  };
  update();
  return store.subscribe(update);
}
