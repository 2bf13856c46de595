/** The core's answer to every contract channel. Each handler is a line or two that delegates to a service. */
import type { Handlers } from './router';
import type { TetherCore } from '../app/tether-core';

/** Binds every invoke channel to the core. A missing channel is a compile error. */
export function createHandlers(core: TetherCore): Handlers {
  return {
    'accounts:list': () => core.accounts.list(),
  };
}
