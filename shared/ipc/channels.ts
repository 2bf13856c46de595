/**
 * Channel names and payload types only. The sandboxed preload imports this file, so it must not pull in zod
 * at run time: everything from the contract comes in with `import type`.
 */
import type { z } from 'zod';
import type { InvokeContract, EventContract } from './contract';
import type { Result } from './result';

export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;

export type InvokeRequest<C extends InvokeChannel> = z.input<InvokeContract[C]['req']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<InvokeContract[C]['res']>;
export type EventPayload<E extends EventChannel> = z.output<EventContract[E]>;

/** Every invoke channel, listed once; a test checks it matches the contract. */
export const INVOKE_CHANNELS = [
  'accounts:list',
  'accounts:snapshot',
  'accounts:check',
  'grants:list',
  'app:status',
  'app:dismiss-notice',
  'history:account',
  'settings:get',
  'settings:update',
  'settings:set-meta-app-secret',
  'signin:start',
  'signin:result',
  'signin:cancel',
  'signin:choose',
  'signin:add-instead',
  'signin:setup',
  'apps:save-meta',
  'apps:save-x',
  'connections:disconnect',
  'demo:scenarios',
  'demo:apply',
  'demo:revert',
  'app:info',
  'history:overview',
  'history:export',
  'alerts:status',
  'alerts:save-webhook',
  'alerts:remove-webhook',
  'alerts:test',
] as const satisfies readonly InvokeChannel[];
/** Every event channel, listed once; a test checks it matches the contract. */
export const EVENT_CHANNELS = [
  'accounts:changed',
  'validation:progressed',
  'app:status-changed',
  'ui:open-requested',
  'notifications:decided',
  'alerts:changed',
] as const satisfies readonly EventChannel[];

/** The API the renderer sees, whichever transport serves it. */
export interface TetherApi {
  invoke<C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<Result<InvokeResponse<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** What the preload puts on `window.tether`: one typed function per channel, never `ipcRenderer` itself. */
export type DesktopBridge = {
  readonly invoke: { readonly [C in InvokeChannel]: (req: InvokeRequest<C>) => Promise<Result<InvokeResponse<C>>> };
  readonly on: { readonly [E in EventChannel]: (listener: (payload: EventPayload<E>) => void) => () => void };
};
