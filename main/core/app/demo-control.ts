/**
 * The port through which demo mode's Scenarios panel drives the built-in network simulator. The core only knows
 * this interface; the simulator (main/simulator) implements it, and only demo mode passes one in.
 */
import type { DemoListing, DemoScenarioRequest } from '../../../shared/domain/demo';
import { RequestError } from '../kernel/request-error';

export interface DemoControl {
  listing(): DemoListing;
  /** Causes the failure; throws with a clear message for an unknown scenario or target. */
  apply(request: DemoScenarioRequest): void;
  /** Undoes it; false when it was not active. */
  revert(request: DemoScenarioRequest): boolean;
  /** Registers a transport's sign-in callback in the simulated apps, as a user would in their app's settings. */
  allowRedirectUri(uri: string): void;
}

/** Thrown when a demo channel is called outside demo mode. */
export class DemoModeOffError extends RequestError {
  constructor() {
    super('unavailable', 'Demo mode is off. Start Tether with --demo to use the Scenarios panel.');
    this.name = 'DemoModeOffError';
  }
}
