/** The core's answer to every contract channel. Each handler is a line or two that delegates to a service. */
import type { Handlers } from './router';
import type { AppCore } from '../app/tether-core';
import { DemoModeOffError, type DemoControl } from '../app/demo-control';
import { accountHistory } from '../history/account-history';
import { RequestError } from '../kernel/request-error';
import type { Writable } from 'node:stream';
import { historyOverview } from '../history/overview/history-overview';
import { exportFileName, runHistoryExport } from '../history/export/history-export';
import { createSignInHandlers } from './sign-in.handlers';

function demoOf(core: AppCore): DemoControl {
  if (!core.demo) throw new DemoModeOffError();
  return core.demo;
}

/** What only the desktop can do for a handler: ask the user where to save a file. */
export interface HandlerPlatform {
  /** Shows a save dialog; resolves to a stream into the chosen file, or null when the user cancels. */
  saveFile?(suggestedName: string): Promise<{ path: string; out: Writable } | null>;
}

/** Binds every invoke channel to the core. A missing channel is a compile error. */
export function createHandlers(core: AppCore, platform: HandlerPlatform = {}): Handlers {
  return {
    'accounts:list': () => core.accounts.list(),
    'accounts:snapshot': () => core.accounts.snapshot(),
    'accounts:check': async (req) => ({ grants: await core.validation.checkNow(req ?? {}) }),
    'grants:list': (req) => core.accounts.loginsSince(req?.since ?? null),
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
    'app:info': () => ({ dataDir: core.dataDir }),
    'history:overview': (req) => historyOverview(core.history, req, core.clock.now()),
    'history:export': async (req) => {
      if (!platform.saveFile) throw new RequestError('unavailable', 'Exports download from the browser here (GET /export).');
      const target = await platform.saveFile(exportFileName(req));
      if (!target) return { saved: false, rows: 0, path: null };
      const rows = await runHistoryExport(core.history, req, target.out);
      await new Promise<void>((resolve, reject) => target.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      return { saved: true, rows, path: target.path };
    },
    ...createSignInHandlers(core),
    'alerts:status': () => core.alerts.status(),
    'alerts:save-webhook': (req) => core.alerts.saveWebhook(req),
    'alerts:remove-webhook': () => core.alerts.removeWebhook(),
    'alerts:test': () => core.alerts.sendTest(),
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
