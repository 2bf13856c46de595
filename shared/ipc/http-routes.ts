/** HTTP paths `tether serve` answers besides the page and the WebSocket, shared by the server and the page. */

/** GET: the `accounts:snapshot` answer (a Result), preloaded with the page so the list needn't wait for the socket. */
export const ACCOUNTS_SNAPSHOT_PATH = '/accounts-snapshot';
