/** The History section's list: newest first, one readable line per event, successful checks folded together. */
import type { HistoryEvent } from '../../../../shared/domain/history-event';
import { timelineLines } from './history-phrases';
import { calendarDay, eventTime } from './history-time';

interface HistoryTimelineProps {
  readonly events: readonly HistoryEvent[];
  readonly now: number;
}

/** The lines; an empty history says so. */
export function HistoryTimeline({ events, now }: HistoryTimelineProps) {
  if (events.length === 0) return <p className="history-empty">Nothing recorded yet. Each check and change will appear here.</p>;
  const lines = timelineLines(events, calendarDay);
  const time = (at: number) => <time dateTime={new Date(at).toISOString()}>{eventTime(at, now)}</time>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {lines.map((line) =>
        line.kind === 'checks_ok' ? (
          <li key={line.key} className="timeline-line tone-ok">
            {line.count} checks OK between {time(line.from)} and {time(line.to)}
          </li>
        ) : (
          <li key={line.key} className={`timeline-line tone-${line.tone}`}>
            {time(line.at)} · {line.text}
          </li>
        ),
      )}
    </ol>
  );
}
