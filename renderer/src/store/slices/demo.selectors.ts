/** Derived views of demo mode: scenarios grouped by network, the targets a scenario may take, and what is active. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { DemoListing } from '../../../../shared/domain/demo';
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../../../../shared/domain/providers';
import type { AppState } from '../store';

export type DemoScenario = DemoListing['scenarios'][number];
export type DemoTarget = DemoListing['targets'][number];
export type DemoTargetKind = DemoTarget['kind'];

/** The scenarios of one network, in catalogue order. */
export interface ScenarioGroup {
  readonly network: ProviderId;
  readonly name: string;
  readonly scenarios: readonly DemoScenario[];
}

/** An active scenario with its catalogue entry and target resolved (null when the listing no longer names them). */
export interface ActiveEntry {
  readonly scenarioId: string;
  readonly targetId: string;
  readonly scenario: DemoScenario | null;
  readonly target: DemoTarget | null;
  readonly appliedAt: number;
}

/** True when main says the app runs in demo mode. */
export function selectDemoOn(state: AppState): boolean {
  return state.appStatus?.demo === true;
}

/** Facebook, Instagram, X: each network that has scenarios, with them. */
export function groupScenarios(listing: DemoListing): ScenarioGroup[] {
  return PROVIDER_IDS.map((network) => ({ network, name: PROVIDER_NAMES[network], scenarios: listing.scenarios.filter((s) => s.network === network) })).filter(
    (group) => group.scenarios.length > 0,
  );
}

/** The targets a scenario can be applied to: only those of its kind. */
export function targetsOfKind(listing: DemoListing, kind: DemoTargetKind): DemoTarget[] {
  return listing.targets.filter((t) => t.kind === kind);
}

/** Whether a scenario is in force on a target. */
export function isScenarioActive(listing: DemoListing, scenario: string, target: string): boolean {
  return listing.active.some((a) => a.scenario === scenario && a.target === target);
}

/** The active scenarios, oldest first, with their labels. */
export function activeEntries(listing: DemoListing): ActiveEntry[] {
  return listing.active.map((a) => {
    const scenario = listing.scenarios.find((s) => s.id === a.scenario) ?? null;
    const target = listing.targets.find((t) => t.id === a.target && (scenario === null || t.kind === scenario.targetKind)) ?? null;
    return { scenarioId: a.scenario, targetId: a.target, scenario, target, appliedAt: a.appliedAt };
  });
}

/** The accounts the last apply or revert changed, as they are now (main's own objects, stable for useShallow). */
export function selectOutcomeAccounts(state: AppState): AccountView[] {
  const changed = state.demoOutcome?.changed ?? [];
  return changed.map((id) => state.accountsById[id]).filter((a): a is AccountView => a !== undefined);
}
