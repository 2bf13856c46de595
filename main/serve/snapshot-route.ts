/**
 * GET /accounts-snapshot under `tether serve`: the router's `accounts:snapshot` answer, as the WebSocket would send
 * it. The page asks for it as soon as its script starts, before the socket is open. The caller has already checked
 * the launch key.
 */
import type { ServerResponse } from 'node:http';
import type { Router } from '../core/ipc/router';

/** Answers with the snapshot's Result as JSON (a failure is a Result too, so the page handles both alike). */
export async function serveSnapshot(router: Router, res: ServerResponse): Promise<void> {
  const result = await router.invoke('accounts:snapshot', undefined);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(result));
}
