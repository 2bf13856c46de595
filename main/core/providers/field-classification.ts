/**
 * Classifications for reasons read from a successful answer's fields (an unpublished Page, tasks below what
 * publishing needs, a declined permission) rather than from an error body. Policy comes from the one table.
 */
import type { ReasonId } from '../../../shared/domain/reason-id';
import { REASON_POLICY } from '../../../shared/reasons/reason-policy';
import type { Classification } from '../reasons/classification';

/**
 * A classification for `reason` with what the network showed, e.g. the missing permission names, and the signal
 * that decided it (for the support line).
 */
export function fieldClassification(reason: ReasonId, message: string | null = null, signal?: string): Classification {
  const policy = REASON_POLICY[reason];
  return {
    reason,
    permanent: policy.permanent,
    reconnectFixes: policy.reconnectFixes,
    retryAfterMs: null,
    provider: { code: null, subcode: null, type: 'fields', message, traceId: null, ...(signal ? { signal } : {}) },
  };
}

/** The same classification, saying which signal decided it. */
export function decidedBy(classification: Classification, signal: string): Classification {
  return { ...classification, provider: { ...classification.provider, signal } };
}
