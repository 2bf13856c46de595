/** Builds the outcomes a sign-in reports: the picker's candidates, a connection, a failure. */
import type { Candidate, SignInFailure, SignInNetwork, SignInOutcome } from '../../../shared/domain/sign-in';
import type { Discovered } from '../connections/connection.service';
import { candidateKey } from '../connections/connection.service';
import { canPublish } from '../providers/facebook/facebook-scopes';

/** A failure outcome: nothing was saved. */
export function failed(network: SignInNetwork, failure: SignInFailure, detail: string | null = null): SignInOutcome {
  return { kind: 'failed', network, failure, detail };
}

/** The picker's rows: every Page and account found, the ones a weak role can't publish to flagged. */
export function candidatesOf(found: Discovered, known: ReadonlySet<string>): Candidate[] {
  return found.accounts.map((a) => ({
    key: candidateKey(a),
    provider: a.provider,
    name: a.name,
    handle: a.handle,
    parentKey: a.parentNetworkId ? `facebook:${a.parentNetworkId}` : null,
    // No task list means the network has no roles here (X): nothing to flag.
    canPublish: a.tasks ? canPublish(a.tasks) : true,
    tasks: [...(a.tasks ?? [])],
    alreadyConnected: known.has(candidateKey(a)),
    ...(a.viaPortfolio !== undefined ? { viaPortfolio: a.viaPortfolio } : {}),
  }));
}

/** Required scopes the person left unticked; none known when the network didn't say what it granted. */
export function leftOutScopes(required: readonly string[], granted: readonly string[]): string[] {
  if (granted.length === 0) return [];
  return required.filter((s) => !granted.includes(s));
}
