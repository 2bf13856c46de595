/**
 * A whole batch refused for its own token (the person's user token: expired, revoked, password changed): the
 * operations that carry their own Page token are asked again, with one of those Page tokens at the top of the
 * batch. Page tokens from a long-lived login don't expire with the user token (facts c), so Pages are then judged
 * by their own answers. Whether Graph refuses a whole batch when only its top-level token is expired is UNVERIFIED
 * (the simulator answers each operation with its own token); this way no Page verdict depends on that choice.
 */
import type { NetworkEndpoints } from '../network-endpoints';
import type { ProviderHttp } from '../http/provider-http';
import { readGraphAnswer, type ReadOptions } from './graph-answers';
import { sendBatch, type BatchAnswer } from './graph-batch';
import type { PlannedOperation } from './facebook-operations';

/** The answers of the retried operations (by operation), or null when nothing was worth retrying. */
export async function retryWithPageToken(
  http: ProviderHttp,
  endpoints: NetworkEndpoints,
  chunk: readonly PlannedOperation[],
  failure: BatchAnswer,
  options: ReadOptions,
): Promise<Map<PlannedOperation, BatchAnswer> | null> {
  // Only a refused token is worth it: a transport failure or a 5xx would fail the retry the same way.
  const read = readGraphAnswer('facebook', failure, options);
  if (read.kind !== 'problem' || !read.classification.permanent) return null;
  const own = chunk.filter((op) => op.accessToken !== undefined);
  const top = own[0]?.accessToken;
  if (!top) return null;
  const result = await sendBatch(http, endpoints, top, own);
  const answers = new Map<PlannedOperation, BatchAnswer>();
  own.forEach((op, i) => answers.set(op, result.kind === 'answers' ? (result.answers[i] ?? failure) : result.failure));
  return answers;
}
