/** What a failed Graph answer during a Facebook sign-in means for the person (shared by the dialog and the token steps). */
import { parseGraphError } from '../../reasons/graph-error.parser';
import { jsonObjectOf, statusOf, transportFailure } from '../http/token-answers';
import type { ExchangeOutcome } from '../provider';

/**
 * Graph codes of an app ID / secret the network doesn't accept: 1 "Error validating client secret" and 101 "Error
 * validating application". UNVERIFIED: the simulator's choice, after commonly reported answers; not in our facts doc.
 */
const BAD_APP_CODES = new Set([1, 101]);

/** The Graph error's code and message, with a plain message when there is none. */
export function graphError(body: ReturnType<typeof jsonObjectOf>): { code: number | null; message: string } {
  const error = body ? parseGraphError(body) : null;
  return { code: error?.code ?? null, message: error?.message ?? 'Facebook refused the request.' };
}

type Answer = Parameters<typeof jsonObjectOf>[0];

/** The outcome of a Graph answer that gave no usable token. */
export function failureOf(answer: Answer): Extract<ExchangeOutcome, { kind: 'failed' }> {
  const lost = transportFailure(answer);
  if (lost) return { kind: 'failed', failure: 'network_error', detail: lost };
  const error = graphError(jsonObjectOf(answer));
  if (error.code !== null && BAD_APP_CODES.has(error.code)) return { kind: 'failed', failure: 'bad_app_credentials', detail: error.message };
  if ((statusOf(answer) ?? 0) >= 500) return { kind: 'failed', failure: 'network_error', detail: error.message };
  return { kind: 'failed', failure: 'refused', detail: error.message };
}
