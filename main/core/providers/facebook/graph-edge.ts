/**
 * Reads every row of a Graph edge (`data` plus cursor paging, https://developers.facebook.com/docs/graph-api/results/)
 * for discovery, with the person's token in the Authorization header, never in a URL.
 */
import { isObject, stringField, type JsonObject } from '../../reasons/response-body';
import type { Classification } from '../../reasons/classification';
import type { ProviderHttp } from '../http/provider-http';
import { objectArray, readGraphAnswer, type ReadOptions } from './graph-answers';

/** A hard stop against a server that never ends its list. */
const MAX_PAGES_OF_RESULTS = 20;

export type EdgeRows = { readonly kind: 'ok'; readonly rows: JsonObject[] } | { readonly kind: 'problem'; readonly classification: Classification };

/** Every row of the edge at `url`, following `paging.next` on the Graph origin only (a `next` elsewhere would carry the token off). */
export async function readEdge(http: ProviderHttp, graphOrigin: string, url: string, token: string, options: ReadOptions): Promise<EdgeRows> {
  const rows: JsonObject[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < MAX_PAGES_OF_RESULTS; page += 1) {
    const read = readGraphAnswer('facebook', await http.send({ method: 'GET', url: next, headers: { authorization: `Bearer ${token}` } }), options);
    if (read.kind === 'problem') return read;
    rows.push(...objectArray(read.body, 'data'));
    const link = isObject(read.body.paging) ? stringField(read.body.paging, 'next') : null;
    next = link && URL.canParse(link) && new URL(link).origin === new URL(graphOrigin).origin ? link : null;
  }
  return { kind: 'ok', rows };
}
