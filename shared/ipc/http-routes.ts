/**
 * What `tether serve` and its page agree on besides the WebSocket contract: HTTP paths, and how the page presents
 * the launch key. The key reaches the page in the link's fragment (`#key=…`, never sent to any server), and the page
 * sends it back only to its own server: as `Authorization: Bearer KEY` on HTTP, and as a WebSocket subprotocol
 * (browsers can't set headers on a WebSocket). No cookie carries it: cookies aren't separated by port, so every
 * other server on 127.0.0.1 would receive it.
 */

/** GET (key): the `accounts:snapshot` answer (a Result), asked for as soon as the page starts. */
export const ACCOUNTS_SNAPSHOT_PATH = '/accounts-snapshot';

/** GET (key): 204 when the key is this launch's, 401 when not; tells a page whose link is stale from a server that's down. */
export const SESSION_PATH = '/session';

/** POST (key): a one-time ticket for one export download (a download can't carry a header). */
export const EXPORT_TICKETS_PATH = '/export-tickets';

/** GET with `ticket=` (from EXPORT_TICKETS_PATH) and the export's query: the file. */
export const EXPORT_PATH = '/export';

/** The query parameter that carries an export ticket. */
export const EXPORT_TICKET_PARAM = 'ticket';

/** The fragment parameter of the link `tether serve` prints. */
export const LINK_KEY_PARAM = 'key';

/** The WebSocket subprotocol the server answers with. */
export const WS_PROTOCOL = 'tether.v1';

/** The page offers the key as a second subprotocol, `tether.key.<KEY>` (the key is base64url: valid token chars). */
export const WS_KEY_PROTOCOL_PREFIX = 'tether.key.';
