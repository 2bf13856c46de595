/**
 * Reads every row of a Graph edge (`data` plus cursor paging, https://developers.facebook.com/docs/graph-api/results/)
 * for discovery, with the person's token in the Authorization header, never in a URL.
 */
import type { JsonObject } from '../../reasons/response-body';
import type { Classification } from '../../reasons/classification';
import type { ProviderHttp } from '../http/provider-http';
import { objectArray, readGraphAnswer, type ReadOptions } from './graph-answers';
import { nextLink } from './accounts-paging';

/** A hard stop against a server that never ends its list. */
const MAX_PAGES_OF_RESULTS = 20;

export type EdgeRows = { readonly kind: 'ok'; readonly rows: JsonObject[] } | { readonly kind: 'problem'; readonly classification: Classification };

/** Every row of the edge at `url`, following `paging.next` on the Graph origin only. */
export async function readEdge(http: ProviderHttp, graphOrigin: string, url: string, token: string, options: ReadOptions): Promise<EdgeRows> {
  const rows: JsonObject[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < MAX_PAGES_OF_RESULTS; page += 1) {
    const read = readGraphAnswer('facebook', await http.send({ method: 'GET', url: next, headers: { authorization: `Bearer ${token}` } }), options);
    if (read.kind === 'problem') return read;
    rows.push(...objectArray(read.body, 'data'));
    next = nextLink(read.body, graphOrigin);
  }
  return { kind: 'ok', rows };
}
