/**
 * The TetherApi over `tether serve`'s WebSocket. The launch key is offered as a subprotocol beside ours (a browser
 * WebSocket can't carry a header); a server that refuses the socket is asked once whether the key is still good, so
 * a page left open across a restart says its link is stale instead of retrying for ever.
 */
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse, TetherApi } from '../../../shared/ipc/channels';
import type { ServerMessage } from '../../../shared/ipc/ws-protocol';
import { fail, type Result } from '../../../shared/ipc/result';
import { WS_KEY_PROTOCOL_PREFIX, WS_PROTOCOL } from '../../../shared/ipc/http-routes';
import { checkLaunchKey, type KeyCheck } from './key-check';

type Pending = (result: Result<unknown>) => void;

/** A delta no version follows on from: the store answers it by asking for a snapshot (never sent by the server). */
const RESYNC = { kind: 'delta', from: Number.MAX_SAFE_INTEGER, to: Number.MAX_SAFE_INTEGER, changed: [], removed: [] } as const;

export interface WsApiOptions {
  readonly key: string;
  /** Called once when the server says the key isn't this launch's; the API then stops connecting. */
  readonly onKeyRejected: () => void;
  readonly location?: Pick<Location, 'protocol' | 'host'>;
  readonly checkKey?: (key: string) => Promise<KeyCheck>;
}

/** Connects to the server that served this page, and reconnects with backoff if the link drops. */
export function createWsApi(options: WsApiOptions): TetherApi {
  const location = options.location ?? window.location;
  const checkKey = options.checkKey ?? checkLaunchKey;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  const protocols = [WS_PROTOCOL, `${WS_KEY_PROTOCOL_PREFIX}${options.key}`];
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | undefined;
  let retryMs = 250;
  let everOpen = false;
  let dropped = false;
  let rejected = false;

  const connect = (): void => {
    if (rejected) return;
    const ws = new WebSocket(url, protocols);
    socket = ws;
    ws.onopen = () => {
      retryMs = 250;
      dropped = false;
      for (const message of queue.splice(0)) ws.send(message);
      // Deltas sent while the link was down are lost: a delta that can't follow on makes the store fetch a snapshot.
      if (everOpen) listeners.get('accounts:changed')?.forEach((listener) => listener(RESYNC));
      everOpen = true;
    };
    ws.onmessage = (event: MessageEvent<string>) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(event.data) as ServerMessage;
      } catch {
        return;
      }
      if (message.type === 'result') {
        pending.get(message.id)?.(message.result as Result<unknown>);
        pending.delete(message.id);
      } else if (message.type === 'event') {
        listeners.get(message.event)?.forEach((listener) => listener(message.payload));
      }
    };
    ws.onclose = () => {
      dropped = everOpen;
      for (const [id, settle] of pending) {
        settle(fail('unavailable', 'Lost the connection to Tether.'));
        pending.delete(id);
      }
      const delay = retryMs;
      retryMs = Math.min(retryMs * 2, 5000);
      void checkKey(options.key).then((check) => {
        if (check !== 'rejected') return void setTimeout(connect, delay);
        rejected = true;
        dropped = true;
        options.onKeyRejected();
      });
    };
  };
  connect();

  return {
    invoke<C extends InvokeChannel>(channel: C, req: InvokeRequest<C>) {
      const id = nextId++;
      const text = JSON.stringify({ type: 'invoke', id, channel, req });
      return new Promise<Result<InvokeResponse<C>>>((resolve) => {
        // While the link is down after a drop, fail at once (the caller shows it, with a retry) rather than hang.
        if (dropped) return resolve(fail('unavailable', 'Lost the connection to Tether.') as Result<InvokeResponse<C>>);
        pending.set(id, resolve as Pending);
        if (socket?.readyState === WebSocket.OPEN) socket.send(text);
        else queue.push(text);
      });
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
