/** The "details for support" line of a card: the network's own code, subcode and trace id, in one line. */
import { PROVIDER_NAMES, type ProviderId } from '../domain/providers';

/** The provider identifiers a support line shows (the classifier's `provider` details fit this shape). */
export interface SupportDetails {
  readonly code: number | string | null;
  readonly subcode: number | string | null;
  /** The error type, shown only when there is no code (e.g. "timeout"). */
  readonly type?: string | null;
  readonly traceId: string | null;
  /** Which signal decided a verdict read from the check's answers (e.g. "Page tasks listed by /me/accounts"). */
  readonly signal?: string;
}

const present = (value: number | string | null | undefined): value is number | string => value !== null && value !== undefined && String(value).trim() !== '';

/**
 * e.g. "Facebook error 190 · subcode 460 · trace AbC123", "X error user-suspended",
 * "Instagram error timeout", or "Facebook: no error code" when the network gave nothing to quote; then, when a
 * verdict came from what the check read rather than from an error, "decided by <signal>".
 */
export function supportDetailsLine(provider: ProviderId, details: SupportDetails): string {
  const name = PROVIDER_NAMES[provider];
  const parts: string[] = [];
  if (present(details.code)) parts.push(`${name} error ${String(details.code).trim()}`);
  else if (present(details.type)) parts.push(`${name} error ${details.type.trim()}`);
  else parts.push(`${name}: no error code`);
  if (present(details.subcode)) parts.push(`subcode ${String(details.subcode).trim()}`);
  if (present(details.traceId)) parts.push(`trace ${details.traceId.trim()}`);
  if (present(details.signal)) parts.push(`decided by ${details.signal.trim()}`);
  return parts.join(' · ');
}
