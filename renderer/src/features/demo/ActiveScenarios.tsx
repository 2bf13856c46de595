/** The scenarios in force on the simulated networks, each with Revert. Focus lands on the heading when its row goes. */
import { useEffect, useMemo, useRef } from 'react';
import { formatAgo } from '../../../../shared/reasons/countdown';
import { useAppStore } from '../../store/store-context';
import { activeEntries } from '../../store/slices/demo.selectors';

/** The list, or a line saying nothing is active. */
export function ActiveScenarios() {
  const listing = useAppStore((s) => s.demoListing);
  const now = useAppStore((s) => s.now);
  const busy = useAppStore((s) => s.demoPending !== null);
  const revert = useAppStore((s) => s.revertScenario);
  const entries = useMemo(() => (listing ? activeEntries(listing) : []), [listing]);
  const heading = useRef<HTMLHeadingElement>(null);
  const revertedHere = useRef(false);

  // The Revert button that was pressed is gone with its row: give focus a place to land instead of the page.
  useEffect(() => {
    if (!revertedHere.current || busy) return;
    revertedHere.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus();
  }, [entries, busy]);

  return (
    <section className="demo-active" aria-labelledby="demo-active-title">
      <h3 id="demo-active-title" ref={heading} tabIndex={-1}>
        Active now
      </h3>
      {entries.length === 0 ? (
        <p className="hint">No scenario is active.</p>
      ) : (
        <ul aria-labelledby="demo-active-title">
          {entries.map((entry) => {
            const scenario = entry.scenario?.label ?? entry.scenarioId;
            const target = entry.target?.label ?? entry.targetId;
            return (
              <li key={`${entry.scenarioId}:${entry.targetId}`}>
                <span>
                  <strong>{scenario}</strong> for {target} <span className="hint">· {formatAgo(entry.appliedAt, now)}</span>
                </span>
                <button
                  type="button"
                  aria-label={`Revert “${scenario}” for ${target}`}
                  aria-disabled={busy}
                  onClick={() => {
                    if (busy) return;
                    revertedHere.current = true;
                    void revert({ scenario: entry.scenarioId, target: entry.targetId });
                  }}
                >
                  Revert
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
