/**
 * The History section's words: uptime as a percentage, time to reconnect in a sentence, and the timeline as
 * readable lines, with runs of successful checks folded into one line so the list isn't flooded.
 */
import type { AccountHistory } from '../../../../shared/domain/account-history';
import type { ExpiryThreshold, HistoryEvent } from '../../../../shared/domain/history-event';
import type { ProviderId } from '../../../../shared/domain/providers';
import type { ReasonId } from '../../../../shared/domain/reason-ids';
import { cardForNetwork } from '../../../../shared/reasons/catalog';
import { formatDuration } from '../../../../shared/reasons/countdown';
import { STATUS_LABELS } from '../../components/status-labels';

/** "99.2%", rounded down so a gap is never hidden ("99.96%" reads "99.9%"); "—" when nothing was observed. */
export function uptimePercent(uptime: number | null): string {
  if (uptime === null) return '—';
  return `${(Math.floor(uptime * 1000) / 10).toFixed(1)}%`;
}

/** Time to reconnect in a sentence: "Back in 20 minutes on average (median 15 minutes), 3 disconnections in 90 days." */
export function reconnectSentence(reconnect: AccountHistory['reconnect']): string {
  const total = reconnect.count + reconnect.open;
  if (total === 0) return 'No disconnections in 90 days.';
  const times = total === 1 ? '1 disconnection in 90 days' : `${total} disconnections in 90 days`;
  const still = reconnect.open > 0 ? ' — still disconnected' : '';
  if (reconnect.meanMs === null) return `${times}${still}.`;
  const median = reconnect.medianMs === null || reconnect.count < 2 ? '' : ` (median ${formatDuration(reconnect.medianMs)})`;
  return `Back in ${formatDuration(reconnect.meanMs)} on average${median}, ${times}${still}.`;
}

/** One line of the timeline: a folded run of successful checks, or one event. */
export type TimelineLine =
  | { readonly kind: 'checks_ok'; readonly key: string; readonly count: number; readonly from: number; readonly to: number }
  | { readonly kind: 'event'; readonly key: string; readonly at: number; readonly text: string; readonly tone: 'ok' | 'warn' | 'bad' | 'info' };

const THRESHOLD_WORDS: Readonly<Record<ExpiryThreshold, string>> = { '7d': '7 days', '1d': '1 day', '1h': '1 hour' };

const reasonTitle = (reason: ReasonId | null, provider: ProviderId): string | null => (reason === null ? null : cardForNetwork(reason, provider).title);
const withReason = (text: string, reason: ReasonId | null, provider: ProviderId): string => {
  const title = reasonTitle(reason, provider);
  return title === null ? text : `${text} — ${title}`;
};

/** One event in words, and how it reads (good news, a warning, a failure, or neutral). */
export function eventLine(event: HistoryEvent, formatDate: (at: number) => string): Pick<Extract<TimelineLine, { kind: 'event' }>, 'text' | 'tone'> {
  switch (event.kind) {
    case 'check':
      if (event.outcome === 'ok') return { text: 'Check OK', tone: 'ok' };
      if (event.outcome === 'transient') return { text: withReason("Check couldn't tell", event.reason, event.provider), tone: 'warn' };
      return { text: withReason('Check failed', event.reason, event.provider), tone: 'bad' };
    case 'status_changed': {
      const tone = event.to === 'connected' ? 'ok' : event.to === 'needs_reconnect' || event.to === 'needs_action' ? 'bad' : 'warn';
      // Back to Connected: the reason is the one that ended, so it is not repeated.
      return { text: event.to === 'connected' ? STATUS_LABELS.connected : withReason(STATUS_LABELS[event.to], event.reason, event.provider), tone };
    }
    case 'token_refreshed':
      return { text: event.expiresAt === null ? 'Login renewed — never expires' : `Login renewed — valid until ${formatDate(event.expiresAt)}`, tone: 'info' };
    case 'reconnected':
      return { text: 'Reconnected', tone: 'ok' };
    case 'disconnected_by_user':
      return { text: 'Disconnected by you', tone: 'info' };
    case 'expiry_warning':
      return { text: `Warned: expires in ${THRESHOLD_WORDS[event.threshold]}`, tone: 'warn' };
    case 'permission_drift': {
      const parts = [
        event.missingScopes.length > 0 ? `Missing permissions: ${event.missingScopes.join(', ')}` : null,
        event.declinedScopes.length > 0 ? `Declined permissions: ${event.declinedScopes.join(', ')}` : null,
      ].filter((p): p is string => p !== null);
      return parts.length === 0 ? { text: 'All permissions granted again', tone: 'ok' } : { text: parts.join('; '), tone: 'warn' };
    }
  }
}

/** The timeline's lines, newest first; two or more successful checks in a row become one line. */
export function timelineLines(events: readonly HistoryEvent[], formatDate: (at: number) => string): TimelineLine[] {
  const lines: TimelineLine[] = [];
  let run: HistoryEvent[] = [];
  const flush = () => {
    const newest = run[0];
    const oldest = run[run.length - 1];
    if (newest && oldest) {
      lines.push(
        run.length === 1
          ? { kind: 'event', key: `e${newest.id}`, at: newest.at, ...eventLine(newest, formatDate) }
          : { kind: 'checks_ok', key: `ok${newest.id}`, count: run.length, from: oldest.at, to: newest.at },
      );
    }
    run = [];
  };
  for (const event of events) {
    if (event.kind === 'check' && event.outcome === 'ok') {
      run.push(event);
      continue;
    }
    flush();
    lines.push({ kind: 'event', key: `e${event.id}`, at: event.at, ...eventLine(event, formatDate) });
  }
  flush();
  return lines;
}
