/**
 * The launch key under `tether serve`. It arrives in the link's fragment (`#key=…`), which browsers never send to
 * a server; the page keeps it in this tab's sessionStorage so a reload still works, and takes it out of the address
 * bar. A link from a new launch replaces it. Only this origin (one port on 127.0.0.1) can read it.
 */
import { LINK_KEY_PARAM } from '../../../shared/ipc/http-routes';

const STORAGE_NAME = 'tether.launchKey';

export interface KeyPlace {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly history: Pick<History, 'replaceState' | 'state'>;
}

function browserPlace(): KeyPlace {
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // Storage switched off: the key lives in memory and a reload needs the link again.
  }
  return { location: window.location, storage, history: window.history };
}

/** The key from the address (kept for reloads, then removed from the address bar), or the one this tab kept. */
export function takeLaunchKey(place: KeyPlace = browserPlace()): string | null {
  const fromLink = new URLSearchParams(place.location.hash.replace(/^#/, '')).get(LINK_KEY_PARAM);
  if (fromLink) {
    try {
      place.storage?.setItem(STORAGE_NAME, fromLink);
    } catch {
      // Full or refused: this load still works.
    }
    place.history.replaceState(place.history.state, '', `${place.location.pathname}${place.location.search}`);
    return fromLink;
  }
  try {
    return place.storage?.getItem(STORAGE_NAME) ?? null;
  } catch {
    return null;
  }
}

/** The header that presents the key on a request to this page's own server. */
export const keyHeader = (key: string): Record<string, string> => ({ Authorization: `Bearer ${key}` });
