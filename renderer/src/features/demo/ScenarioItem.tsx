/**
 * One scenario of the catalogue: what it does, what Tether should report, whether reconnecting alone would fix it on
 * the real network, a picker of the targets it applies to, and Apply / Revert. Buttons stay focusable while busy.
 */
import { useId, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import type { DemoScenario, DemoTarget } from '../../store/slices/demo.selectors';
import { TARGET_KIND_LABELS, expectedCardTitle, reconnectNote } from './demo-phrases';

interface ScenarioItemProps {
  readonly scenario: DemoScenario;
  /** The targets of the scenario's kind, in world order. */
  readonly targets: readonly DemoTarget[];
  /** Ids of the targets the scenario is in force on. */
  readonly activeOn: readonly string[];
}

/** The scenario's entry. */
export function ScenarioItem({ scenario, targets, activeOn }: ScenarioItemProps) {
  const [picked, setPicked] = useState<string>(targets[0]?.id ?? '');
  const busy = useAppStore((s) => s.demoPending !== null);
  const apply = useAppStore((s) => s.applyScenario);
  const revert = useAppStore((s) => s.revertScenario);
  const pickerId = useId();
  const kindLabel = TARGET_KIND_LABELS[scenario.targetKind];
  // The picked target may have left the listing; fall back to the first one.
  const target = targets.some((t) => t.id === picked) ? picked : (targets[0]?.id ?? '');
  const active = activeOn.includes(target);
  const canApply = !busy && target !== '';
  const canRevert = !busy && active;
  // aria-disabled rather than disabled: the pressed button keeps focus while main works.
  const onApply = () => {
    if (canApply) void apply({ scenario: scenario.id, target });
  };
  const onRevert = () => {
    if (canRevert) void revert({ scenario: scenario.id, target });
  };

  return (
    <li className={active ? 'scenario is-active' : 'scenario'} data-scenario-id={scenario.id}>
      <h4>
        {scenario.label}
        {activeOn.length > 0 ? <span className="scenario-badge"> · active</span> : null}
      </h4>
      <p className="scenario-description">{scenario.description}</p>
      <dl className="scenario-facts">
        <dt>Tether should report</dt>
        <dd>{expectedCardTitle(scenario)}</dd>
        <dt>Does reconnecting alone fix it?</dt>
        <dd>{reconnectNote(scenario)}</dd>
      </dl>
      <div className="scenario-controls">
        <label htmlFor={pickerId}>{kindLabel}</label>
        <select
          id={pickerId}
          aria-label={`${kindLabel} for “${scenario.label}”`}
          value={target}
          onChange={(event) => setPicked(event.target.value)}
          disabled={targets.length === 0}
        >
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {activeOn.includes(t.id) ? `${t.label} (active)` : t.label}
            </option>
          ))}
        </select>
        <button type="button" className="primary" aria-label={`Apply “${scenario.label}”`} aria-disabled={!canApply} onClick={onApply}>
          Apply
        </button>
        <button type="button" aria-label={`Revert “${scenario.label}”`} aria-disabled={!canRevert} onClick={onRevert}>
          Revert
        </button>
      </div>
      {targets.length === 0 ? <p className="hint">The demo world has nothing this scenario applies to.</p> : null}
    </li>
  );
}
