/**
 * Classifications for reasons read from a successful answer's fields (an unpublished Page, tasks below what
 * publishing needs, a declined permission) rather than from an error body. Policy comes from the one table.
 */
import type { ReasonId } from '../../../shared/domain/reason-id';
import { REASON_POLICY } from '../../../shared/reasons/reason-policy';
import type { Classification } from '../reasons/classification';

/** A classification for `reason` with what the network showed, e.g. the missing permission names. */
export function fieldClassification(reason: ReasonId, message: string | null = null): Classification {
  const policy = REASON_POLICY[reason];
  return {
    reason,
    permanent: policy.permanent,
    reconnectFixes: policy.reconnectFixes,
    retryAfterMs: null,
    provider: { code: null, subcode: null, type: 'fields', message, traceId: null },
  };
}
