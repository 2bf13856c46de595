/** The simulator's side of demo mode's Scenarios panel: its catalogue, its targets and what is active. */
import type { DemoControl } from '../../core/app/demo-control';
import type { DemoListing } from '../../../shared/domain/demo';
import type { ProviderId } from '../../../shared/domain/provider-id';
import { SCENARIOS, isScenarioId } from '../../simulator/scenarios/scenario-catalogue';
import type { RunningSimulator } from '../../simulator/start-simulator';
import { SimulatorRequestError } from '../../simulator/simulator-error';
import { RequestError } from '../../core/kernel/request-error';

const NETWORK: Record<'facebook' | 'instagram' | 'x', ProviderId> = { facebook: 'facebook', instagram: 'instagram', x: 'twitter' };

/** The simulator refuses unknown targets with its own error; the panel shows it as a refused request. */
function asRequestError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SimulatorRequestError) throw new RequestError(error.status === 404 ? 'not_found' : 'invalid_request', error.message);
    throw error;
  }
}

/** Wraps a running simulator as the core's DemoControl. */
export function simulatorDemoControl(sim: RunningSimulator): DemoControl {
  return {
    listing(): DemoListing {
      return {
        scenarios: SCENARIOS.map((s) => ({
          id: s.id,
          network: NETWORK[s.network],
          targetKind: s.targetKind,
          label: s.label,
          description: s.description,
          expectedReason: s.expectedReason,
          fixedByReconnect: s.fixedByReconnect,
        })),
        targets: sim.control.targets().map((t) => ({ kind: t.kind, id: t.id, label: t.label })),
        active: sim.control.active().map((a) => ({ scenario: a.scenario, target: a.target, appliedAt: a.appliedAt })),
      };
    },
    allowRedirectUri(uri) {
      sim.control.addRedirectUri('meta', uri);
      sim.control.addRedirectUri('x', uri);
    },
    apply({ scenario, target }) {
      if (!isScenarioId(scenario)) throw new RequestError('not_found', `There is no demo scenario "${scenario}".`);
      asRequestError(() => sim.control.apply({ scenario, target }));
    },
    revert({ scenario, target }) {
      if (!isScenarioId(scenario)) throw new RequestError('not_found', `There is no demo scenario "${scenario}".`);
      return asRequestError(() => sim.control.revert({ scenario, target }));
    },
  };
}
