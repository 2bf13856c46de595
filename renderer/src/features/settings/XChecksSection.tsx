/**
 * Settings → X checks: the plan the user's X app is on, a monthly budget, and what X checks cost at the current
 * cadence and number of X accounts (from main's X planner), with the reason when checks are slowed or paused.
 */
import { useEffect, useId, useState } from 'react';
import { X_MONTHLY_BUDGET_USD, X_PLANS, type XPlanChoice } from '../../../../shared/domain/settings-choices';
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { useAppStore } from '../../store/store-context';
import { dollars, xCostLine, xPauseCopy } from '../banners/x-checks-copy';

const PLAN_LABELS: Readonly<Record<XPlanChoice, string>> = {
  pay_per_use: 'Pay-per-use with credits (X’s default)',
  capped: 'A plan with daily limits per account (Free, Basic, Pro)',
  unlimited: 'Not billed per read (Enterprise)',
};

/** Reads "5", "5.5" or "5.50" as dollars; "" as no budget; anything else as invalid. */
function parseBudget(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/^\$/, '');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value < X_MONTHLY_BUDGET_USD.min || value > X_MONTHLY_BUDGET_USD.max ? 'invalid' : value;
}

/** The monthly budget in dollars, saved on blur or Enter; empty means no cap. */
function BudgetField({ value, onSave }: { readonly value: number | null; onSave(value: number | null): Promise<boolean> }) {
  const id = useId();
  const shown = value === null ? '' : value.toFixed(2);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const parsed = parseBudget(text);
  const save = () => {
    if (parsed !== 'invalid' && parsed !== value) void onSave(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>Monthly budget for X checks</label>
      <span>
        ${' '}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          placeholder="no cap"
          value={text}
          aria-invalid={parsed === 'invalid'}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </span>
      <span id={`${id}-hint`} className={parsed === 'invalid' ? 'error' : 'hint'}>
        {parsed === 'invalid'
          ? 'Use dollars and cents from 0.01, such as 5.00, or leave it empty for no cap.'
          : 'Near it, Tether reads X accounts less often; at it, reads pause until the next month. Empty: no cap.'}
      </span>
    </div>
  );
}

/** The section. */
export function XChecksSection({ settings, update }: { readonly settings: Settings; update(patch: SettingsPatch): Promise<boolean> }) {
  const status = useAppStore((s) => s.appStatus?.xChecks ?? null);
  const now = useAppStore((s) => s.now);
  const plan = settings.xChecks.plan;
  const pause = status ? xPauseCopy(status, now) : null;
  return (
    <section className="settings-section" aria-labelledby="settings-x-checks">
      <h2 id="settings-x-checks">X checks</h2>
      <div className="field">
        <label htmlFor="settings-x-plan">Your X app’s plan</label>
        <select id="settings-x-plan" value={plan} onChange={(e) => void update({ xChecks: { plan: e.target.value as XPlanChoice } })}>
          {X_PLANS.map((p) => (
            <option key={p} value={p}>
              {PLAN_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      {plan === 'pay_per_use' ? <BudgetField value={settings.xChecks.monthlyBudgetUsd} onSave={(v) => update({ xChecks: { monthlyBudgetUsd: v } })} /> : null}
      {status ? (
        <p className="hint" data-testid="x-cost">
          {xCostLine(status)}
          {status.spentThisMonthUsd !== null ? ` So far this month: ${dollars(status.spentThisMonthUsd)} by Tether's count.` : ''}
        </p>
      ) : null}
      {pause ? (
        <p className="hint" role="status">
          {pause.title}.
        </p>
      ) : null}
    </section>
  );
}
