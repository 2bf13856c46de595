/** Reading one Graph answer: its JSON on success, or its classification on failure. */
import type { ProviderId } from '../../../../shared/domain/provider-id';
import { classify } from '../../reasons/classify';
import type { Classification } from '../../reasons/classification';
import type { WireInput } from '../../reasons/provider-response';
import { isObject, type JsonObject } from '../../reasons/response-body';

export type GraphRead = { readonly kind: 'ok'; readonly body: JsonObject } | { readonly kind: 'problem'; readonly classification: Classification };

export interface ReadOptions {
  readonly now: number;
  readonly tokenExpiresAt: number | null;
}

/** The body of a successful answer, or why there is none. A 2xx that isn't a JSON object counts as transient. */
export function readGraphAnswer(network: ProviderId, answer: WireInput, options: ReadOptions): GraphRead {
  if ('status' in answer && answer.status >= 200 && answer.status < 300) {
    try {
      const body: unknown = JSON.parse(answer.body);
      if (isObject(body) && !isObject(body.error)) return { kind: 'ok', body };
    } catch {
      // falls through: a broken 2xx body is read like a 502
    }
    if (!answer.body.trim().startsWith('{') || !/"error"\s*:/.test(answer.body)) {
      return { kind: 'problem', classification: classify(network, { ...answer, status: 502 }, options) };
    }
  }
  return { kind: 'problem', classification: classify(network, answer, options) };
}

/** An array field of objects, or []. */
export function objectArray(body: JsonObject, key: string): JsonObject[] {
  const value = body[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A string array field, or []. */
export function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
