/**
 * Follows `/me/accounts` paging (`paging.next`, cursor-based: https://developers.facebook.com/docs/graph-api/results/)
 * so a login with more Pages than one page of results has every Page checked, not only the first 100.
 */
import { isObject, stringField, type JsonObject } from '../../reasons/response-body';
import type { WireInput } from '../../reasons/provider-response';
import type { ProviderHttp } from '../http/provider-http';
import { objectArray } from './graph-answers';

/** A hard stop against a server that never ends its list: 50 pages of 100 Pages. */
const MAX_FOLLOWED_PAGES = 50;

/** An answer's `paging.next`, when it stays on the Graph origin (a `next` elsewhere would carry the token off). */
export function nextLink(body: JsonObject, graphOrigin: string): string | null {
  const next = isObject(body.paging) ? stringField(body.paging, 'next') : null;
  return next && URL.canParse(next) && new URL(next).origin === new URL(graphOrigin).origin ? next : null;
}

function parse(answer: WireInput): JsonObject | null {
  if (!('status' in answer) || answer.status < 200 || answer.status >= 300) return null;
  try {
    const body: unknown = JSON.parse(answer.body);
    return isObject(body) ? body : null;
  } catch {
    return null;
  }
}

/**
 * The first `/me/accounts` answer with every following page merged in. When a later page fails, the merged
 * answer keeps a `paging.next`, so the list reads as incomplete and absent Pages are not judged.
 */
export async function withAllAccountPages(http: ProviderHttp, graphOrigin: string, userToken: string, first: WireInput): Promise<WireInput> {
  const body = parse(first);
  if (!body || !('status' in first)) return first;
  const rows = objectArray(body, 'data');
  let next = nextLink(body, graphOrigin);
  for (let followed = 0; next && followed < MAX_FOLLOWED_PAGES; followed += 1) {
    const page = parse(await http.send({ method: 'GET', url: next, headers: { authorization: `Bearer ${userToken}` } }));
    if (!page) break;
    rows.push(...objectArray(page, 'data'));
    next = nextLink(page, graphOrigin);
  }
  return { ...first, body: JSON.stringify({ data: rows, paging: next ? { next } : {} }) };
}
