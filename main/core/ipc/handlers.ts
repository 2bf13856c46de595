/** The core's answer to every contract channel. Each handler is a line or two that delegates to a service. */
import type { Handlers } from './router';
import type { AppCore } from '../app/tether-core';
import { DemoModeOffError, type DemoControl } from '../app/demo-control';
import { accountHistory } from '../history/account-history';
import { RequestError } from '../kernel/request-error';

function demoOf(core: AppCore): DemoControl {
  if (!core.demo) throw new DemoModeOffError();
  return core.demo;
}

/** Binds every invoke channel to the core. A missing channel is a compile error. */
export function createHandlers(core: AppCore): Handlers {
  return {
    'accounts:list': () => core.accounts.list(),
    'accounts:check': async (req) => ({ grants: await core.validation.checkNow(req ?? {}) }),
    'grants:list': () => core.accounts.grants(),
    'app:status': () => core.status.status(),
    'app:dismiss-notice': (req) => core.status.dismiss(req.id),
    'history:account': (req) => accountHistory(core.history, req, core.clock.now(), core.accounts.grantOf(req.accountId) !== null),
    'settings:get': () => core.settings.get(),
    'settings:update': (patch) => {
      const result = core.settings.update(patch);
      if (result.ok) return result.settings;
      const why = result.error.kind === 'invalid' ? result.error.issues.map((i) => `${i.path || 'settings'}: ${i.message}`).join('; ') : result.error.message;
      throw new RequestError(result.error.kind === 'invalid' ? 'invalid_request' : 'unavailable', `Settings not saved: ${why}`);
    },
    'settings:set-meta-app-secret': async ({ appSecret }) => {
      await core.appSecrets.setMetaAppSecret(appSecret);
      return core.status.announce();
    },
    'demo:scenarios': () => demoOf(core).listing(),
    'demo:apply': async (req) => {
      demoOf(core).apply(req);
      await core.validation.checkNow();
      return demoOf(core).listing();
    },
    'demo:revert': async (req) => {
      demoOf(core).revert(req);
      await core.validation.checkNow();
      return demoOf(core).listing();
    },
  };
}
