/**
 * Browser downloads from `tether serve`. A download is a navigation and can't carry the key's header, so each one
 * first asks for a one-time ticket (with the key) and downloads with the ticket in its address.
 */
import { EXPORT_TICKET_PARAM, EXPORT_TICKETS_PATH } from '../../../shared/ipc/http-routes';
import { keyHeader } from '../api/launch-key';

/** Starts a browser download of a same-origin URL. */
export function startDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A downloader for `path` (same origin, with its query) that presents a fresh ticket; it rejects with words for the user. */
export function keyedDownloader(key: string, fetchFn: typeof fetch = fetch, start: (url: string) => void = startDownload): (path: string) => Promise<void> {
  return async (path) => {
    let response: Response;
    try {
      response = await fetchFn(EXPORT_TICKETS_PATH, { method: 'POST', headers: keyHeader(key), credentials: 'omit' });
    } catch {
      throw new Error('Tether could not be reached to start the download.');
    }
    if (response.status === 401) throw new Error('this page’s link is from an earlier start of tether serve: open the link it printed now');
    if (!response.ok) throw new Error(`the download could not be started (HTTP ${response.status})`);
    const { ticket } = (await response.json()) as { ticket: string };
    const url = new URL(path, 'http://placeholder');
    url.searchParams.set(EXPORT_TICKET_PARAM, ticket);
    start(`${url.pathname}${url.search}`);
  };
}
