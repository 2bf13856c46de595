/** The header's one-line verdict over every account: "All good", or what needs attention, most urgent first. */
import type { Attention } from '../../../../shared/reasons/account-state';

/** "2 need you · 1 can't verify · 3 expiring", "All good", or "Nothing to check yet". */
export function overallState(counts: Readonly<Record<Attention, number>>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return 'Nothing to check yet';
  const parts: string[] = [];
  if (counts.needs_you > 0) parts.push(`${counts.needs_you} need${counts.needs_you === 1 ? 's' : ''} you`);
  if (counts.cannot_verify > 0) parts.push(`${counts.cannot_verify} can't verify`);
  if (counts.expiring > 0) parts.push(`${counts.expiring} expiring`);
  return parts.length === 0 ? 'All good' : parts.join(' · ');
}
