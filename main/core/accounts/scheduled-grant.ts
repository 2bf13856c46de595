/** What the scheduler needs to know of a grant to plan its checks. */
import type { GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';

export interface ScheduledGrant {
  readonly id: GrantId;
  readonly network: ProviderId;
  readonly accountCount: number;
}
