/**
 * GET /accounts-snapshot under `tether serve`: the router's `accounts:snapshot` answer, as the WebSocket would send
 * it. The page's response preloads it (a Link header), so the server reads and serializes 5,000 accounts while the
 * browser is still loading the scripts, instead of after they opened the socket. The caller has already passed
 * the launch-secret check.
 */
import type { ServerResponse } from 'node:http';
import type { Router } from '../core/ipc/router';
import { ACCOUNTS_SNAPSHOT_PATH } from '../../shared/ipc/http-routes';

/** The header that makes the browser fetch the snapshot with the page (matched by the page's own fetch). */
export const SNAPSHOT_PRELOAD_LINK = `<${ACCOUNTS_SNAPSHOT_PATH}>; rel=preload; as=fetch; crossorigin`;

/** Answers with the snapshot's Result as JSON (a failure is a Result too, so the page handles both alike). */
export function serveSnapshot(router: Router, res: ServerResponse): void {
  void router.invoke('accounts:snapshot', undefined).then((result) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(JSON.stringify(result));
  });
}
