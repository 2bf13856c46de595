/** What a failed Graph answer during a Facebook sign-in means for the person (shared by the dialog and the token steps). */
import { parseGraphError } from '../../reasons/graph-error.parser';
import { isAppCredentialsMessage } from '../../reasons/graph-message.fallback';
import { jsonObjectOf, statusOf, transportFailure } from '../http/token-answers';
import type { ExchangeOutcome } from '../provider';

/** The Graph error's code and message, with a plain message when there is none. */
export function graphError(body: ReturnType<typeof jsonObjectOf>): { code: number | null; message: string } {
  const error = body ? parseGraphError(body) : null;
  return { code: error?.code ?? null, message: error?.message ?? 'Facebook refused the request.' };
}

type Answer = Parameters<typeof jsonObjectOf>[0];

/**
 * The outcome of a Graph answer that gave no usable token. Only an answer that says the app's ID or secret was
 * refused blames them (graph-message.fallback.ts): code 1 alone is also Facebook's generic "An unknown error
 * occurred", and a 5xx is Facebook's trouble whatever its body says.
 */
export function failureOf(answer: Answer): Extract<ExchangeOutcome, { kind: 'failed' }> {
  const lost = transportFailure(answer);
  if (lost) return { kind: 'failed', failure: 'network_error', detail: lost };
  const body = jsonObjectOf(answer);
  const error = graphError(body);
  if ((statusOf(answer) ?? 0) >= 500) return { kind: 'failed', failure: 'network_error', detail: error.message };
  const said = body ? (parseGraphError(body)?.message ?? null) : null;
  if (isAppCredentialsMessage(said)) return { kind: 'failed', failure: 'bad_app_credentials', detail: error.message };
  return { kind: 'failed', failure: 'refused', detail: error.message };
}
