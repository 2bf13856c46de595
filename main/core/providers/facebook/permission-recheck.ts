/**
 * Permission errors that arrive as HTTP 5xx. Graph has answered a missing permission with HTTP 500
 * (snarfed/bridgy#437: `{"error":{"message":"Permissions error","type":"FacebookApiException","code":200}}` on a Page
 * token's read, again and again). The classifier never disconnects on a 5xx: it answers transient, keeping what the
 * code alone means as `suspectedReason`. Left there, the account would say "can't verify" forever. So those
 * operations, and only those, are asked once more in one small batch: the same permission code again confirms it
 * (then the code decides, as if the status were unknown); an answer that works, or any other failure, replaces it.
 */
import type { ProviderId } from '../../../../shared/domain/provider-id';
import type { ReasonId } from '../../../../shared/domain/reason-id';
import { classify } from '../../reasons/classify';
import { parseGraphError } from '../../reasons/graph-error.parser';
import type { WireInput } from '../../reasons/provider-response';
import { isObject, parseBody } from '../../reasons/response-body';
import type { ProviderHttp } from '../http/provider-http';
import type { NetworkEndpoints } from '../network-endpoints';
import { decidedBy } from '../field-classification';
import { readGraphAnswer, type GraphRead, type ReadOptions } from './graph-answers';
import { sendBatch } from './graph-batch';
import type { OperationRole, PlannedOperation } from './facebook-operations';
import { SIGNALS } from './facebook-signals';

/** One operation's answer in a check. `confirmed`: a second, single request got the same permission error. */
export interface CheckAnswer {
  readonly role: OperationRole;
  readonly answer: WireInput;
  readonly confirmed?: boolean;
}

/** The suspected reasons a re-check may confirm: permission errors, the only kind a capture shows behind a 5xx. */
const CONFIRMABLE: ReadonlySet<ReasonId> = new Set(['missing_permissions']);

/** The Graph error code of an answer, or null. */
function graphCode(answer: WireInput): number | null {
  if (!('status' in answer)) return null;
  const body = parseBody(answer.body);
  const code = body.kind === 'json' ? parseGraphError(body.value)?.code : null;
  return typeof code === 'number' ? code : null;
}

/** True when the server itself called the error transient: then it is believed, never re-checked into a disconnect. */
function saysTransient(answer: WireInput): boolean {
  if (!('status' in answer)) return false;
  const body = parseBody(answer.body);
  return body.kind === 'json' && isObject(body.value.error) && body.value.error.is_transient === true;
}

/** The permission code a 5xx answer carries under its transient verdict, or null when it is not one to re-check. */
function suspectedPermissionCode(answer: WireInput, options: ReadOptions): number | null {
  if (!('status' in answer) || answer.status < 500 || saysTransient(answer)) return null;
  const read = readGraphAnswer('facebook', answer, options);
  if (read.kind !== 'problem' || !read.classification.suspectedReason || !CONFIRMABLE.has(read.classification.suspectedReason)) return null;
  return graphCode(answer);
}

/**
 * The answers with every suspected permission error asked once more (one batch request, only when there is one).
 * A whole re-check that fails (network, 5xx on the batch) leaves the first answers as they were: transient.
 */
export async function recheckSuspectedPermissions(
  http: ProviderHttp,
  endpoints: NetworkEndpoints,
  userToken: string,
  planned: readonly PlannedOperation[],
  answers: readonly CheckAnswer[],
  options: ReadOptions,
): Promise<CheckAnswer[]> {
  const suspects = answers
    .map((entry, index) => ({ index, code: suspectedPermissionCode(entry.answer, options), op: planned.find((p) => p.role === entry.role) }))
    .filter((s): s is { index: number; code: number; op: PlannedOperation } => s.code !== null && s.op !== undefined);
  const out = [...answers];
  if (suspects.length === 0) return out;
  const result = await sendBatch(
    http,
    endpoints,
    userToken,
    suspects.map((s) => s.op),
  );
  if (result.kind !== 'answers') return out;
  suspects.forEach((suspect, i) => {
    const again = result.answers[i];
    const entry = out[suspect.index];
    if (!again || !entry) return;
    const same = graphCode(again) === suspect.code && readGraphAnswer('facebook', again, options).kind === 'problem';
    out[suspect.index] = { role: entry.role, answer: again, ...(same ? { confirmed: true } : {}) };
  });
  return out;
}

/**
 * Reads one answer of a check. A confirmed permission error is classified on its code alone (its HTTP status
 * treated as unknown, which classify.ts documents), and says that a second request decided it.
 */
export function readCheckAnswer(network: ProviderId, entry: CheckAnswer, options: ReadOptions): GraphRead {
  if (!entry.confirmed || !('status' in entry.answer)) return readGraphAnswer(network, entry.answer, options);
  const classification = classify(network, { ...entry.answer, status: null }, options);
  return { kind: 'problem', classification: decidedBy(classification, SIGNALS.recheck) };
}
