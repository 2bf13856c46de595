/** The sign-in, network-apps and disconnect channels: each a line that delegates to the core. */
import type { Handlers } from './router';
import type { AppCore } from '../app/tether-core';

type SignInChannels =
  | 'signin:start'
  | 'signin:result'
  | 'signin:cancel'
  | 'signin:choose'
  | 'signin:add-instead'
  | 'signin:setup'
  | 'apps:save-meta'
  | 'apps:save-x'
  | 'connections:disconnect';

export function createSignInHandlers(core: AppCore): Pick<Handlers, SignInChannels> {
  return {
    'signin:start': (req) => core.signIn.start(req),
    'signin:result': ({ flowId }) => core.signIn.result(flowId),
    'signin:cancel': ({ flowId }) => ({ cancelled: core.signIn.cancel(flowId) }),
    'signin:choose': ({ flowId, keys }) => core.signIn.choose(flowId, keys),
    'signin:add-instead': ({ flowId }) => core.signIn.addInstead(flowId),
    'signin:setup': () => core.networkApps.setup(),
    'apps:save-meta': async ({ appId, appSecret, configId }) => {
      const checked = await core.networkApps.saveMeta(appId, appSecret, configId);
      if (checked.saved) await core.status.announce();
      return checked;
    },
    'apps:save-x': async ({ clientId, callbackPort }) => {
      const checked = core.networkApps.saveX(clientId, callbackPort);
      await core.status.announce();
      return checked;
    },
    'connections:disconnect': ({ grantId }) => core.disconnect(grantId),
  };
}
