/** Small readers shared by the sign-in code of each network: a JSON object body, or null. */
import { isObject, type JsonObject } from '../../reasons/response-body';
import type { ClassifierInput } from '../../reasons/provider-response';

/** The JSON object of an answer with a status, or null (transport failure, HTML, broken JSON). */
export function jsonObjectOf(answer: ClassifierInput): JsonObject | null {
  if (!('status' in answer)) return null;
  try {
    const body: unknown = JSON.parse(answer.body);
    return isObject(body) ? body : null;
  } catch {
    return null;
  }
}

/** The transport failure's words, or null when the network answered. */
export function transportFailure(answer: ClassifierInput): string | null {
  return 'status' in answer ? null : answer.message;
}

/** The HTTP status, or null when no answer came. */
export function statusOf(answer: ClassifierInput): number | null {
  return 'status' in answer && typeof answer.status === 'number' ? answer.status : null;
}
