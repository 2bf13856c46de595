/**
 * The one router both transports share. It validates every request against the contract, calls the core,
 * checks the response against the contract too, and wraps everything in a Result.
 */
import type { z } from 'zod';
import { invokeContract, eventContract, type InvokeContract } from '../../../shared/ipc/contract';
import type { EventChannel, InvokeChannel, InvokeResponse } from '../../../shared/ipc/channels';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { CoreEventBus } from '../kernel/core-events';
import type { Logger } from '../logging/create-logger';
import { RequestError } from '../kernel/request-error';

export type Handlers = {
  [C in InvokeChannel]: (req: z.output<InvokeContract[C]['req']>) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};

export type EventListener = (event: EventChannel, payload: unknown) => void;

export interface Router {
  /** Handles one request from an untrusted transport. Never throws. */
  invoke(channel: unknown, req: unknown): Promise<Result<unknown>>;
  /** Receives every pushed event, already validated against the contract. */
  subscribe(listener: EventListener): () => void;
}

function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(invokeContract, channel);
}

/** Builds the router over the core's handlers and event bus. */
export function createRouter(handlers: Handlers, events: CoreEventBus, log: Logger): Router {
  const listeners = new Set<EventListener>();
  let detach: (() => void) | null = null;
  // One bus subscription for all clients: each event is validated once, however many windows or tabs are open.
  const attach = (): (() => void) => {
    const offs = (Object.keys(eventContract) as EventChannel[]).map((event) =>
      events.on(event, (payload) => {
        const checked = eventContract[event].safeParse(payload);
        if (!checked.success) {
          log.error(`event ${event} broke the contract`, checked.error.issues);
          return;
        }
        for (const listener of [...listeners]) listener(event, checked.data);
      }),
    );
    return () => offs.forEach((off) => off());
  };
  return {
    async invoke(channel, req) {
      if (!isInvokeChannel(channel)) {
        const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
        return fail('unknown_channel', `Unknown channel: ${name}`);
      }
      const contract = invokeContract[channel];
      const parsed = contract.req.safeParse(req);
      if (!parsed.success) {
        return fail(
          'invalid_request',
          `Invalid request for ${channel}: ${parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`,
        );
      }
      try {
        const handler = handlers[channel] as (r: unknown) => Promise<unknown> | unknown;
        const value = await handler(parsed.data);
        const checked = contract.res.safeParse(value);
        if (!checked.success) {
          log.error(`response for ${channel} broke the contract`, checked.error.issues);
          return fail('internal', `Tether produced an invalid response for ${channel}.`);
        }
        return ok(checked.data);
      } catch (error) {
        if (error instanceof RequestError) return fail(error.code, error.message);
        log.error(`handler for ${channel} failed`, error);
        return fail('internal', error instanceof Error ? error.message : 'Unexpected error');
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      detach ??= attach();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          detach?.();
          detach = null;
        }
      };
    },
  };
}
