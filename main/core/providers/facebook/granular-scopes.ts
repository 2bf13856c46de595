/**
 * Which Pages and Instagram accounts a login covers, from `debug_token`'s `granular_scopes[].target_ids` (facts
 * b.1): the assets the person ticked in the login dialog. Only available when the user's Meta app secret is set
 * (debug_token needs an app token); without it Tether cannot tell an asset left unticked from one whose role was
 * removed.
 */
import { isObject, stringField } from '../../reasons/response-body';
import { objectArray, stringArray, type GraphRead } from './graph-answers';

/** The detail of a verdict for an asset the person didn't share in the dialog. */
export const NOT_SHARED = "Not shared with Tether in Facebook's dialog";

/**
 * The target ids of the scopes starting with `prefix`, or null when debug_token is unavailable or shows no
 * per-asset list (a grant of "all Pages" carries no target_ids: then nothing can be concluded).
 */
function targetIds(debug: GraphRead | null, prefix: string): ReadonlySet<string> | null {
  const data = debug?.kind === 'ok' && isObject(debug.body.data) ? debug.body.data : null;
  if (!data) return null;
  const ids = new Set<string>();
  let listed = false;
  for (const entry of objectArray(data, 'granular_scopes')) {
    const scope = stringField(entry, 'scope');
    if (!scope?.startsWith(prefix) || !Array.isArray(entry.target_ids)) continue;
    listed = true;
    // target_ids are strings in most payloads and numbers in the reference shape (facts b.1): take both.
    for (const id of [...stringArray(entry.target_ids), ...entry.target_ids.filter((v): v is number => typeof v === 'number').map(String)]) ids.add(id);
  }
  return listed ? ids : null;
}

/** The Page ids the login was granted for (pages_show_list puts a Page in /me/accounts; other pages_* name the same). */
export function selectedPageIds(debug: GraphRead | null): ReadonlySet<string> | null {
  return targetIds(debug, 'pages_');
}

/** The Instagram account ids the login was granted for. */
export function selectedInstagramIds(debug: GraphRead | null): ReadonlySet<string> | null {
  return targetIds(debug, 'instagram_');
}
