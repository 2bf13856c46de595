import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../../shared/ipc/channels';
import { eventContract, invokeContract } from '../../../../shared/ipc/contract';

describe('channel lists', () => {
  it('name exactly the channels of the contract', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(Object.keys(invokeContract).sort());
    expect([...EVENT_CHANNELS].sort()).toEqual(Object.keys(eventContract).sort());
  });

  it('follow the naming rules: domain:verb for calls, domain:past-tense for events', () => {
    for (const channel of INVOKE_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
    for (const event of EVENT_CHANNELS) expect(event).toMatch(/^[a-z]+:[a-z-]+ed$/);
  });
});
