/** The TetherApi over `tether serve`'s WebSocket. The launch secret travels in an HttpOnly cookie, never in script. */
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse, TetherApi } from '../../../shared/ipc/channels';
import type { ServerMessage } from '../../../shared/ipc/ws-protocol';
import { fail, type Result } from '../../../shared/ipc/result';

type Pending = (result: Result<unknown>) => void;

/** A delta no version follows on from: the store answers it by asking for a snapshot (never sent by the server). */
const RESYNC = { kind: 'delta', from: Number.MAX_SAFE_INTEGER, to: Number.MAX_SAFE_INTEGER, changed: [], removed: [] } as const;

/** Connects to the server that served this page, and reconnects with backoff if the link drops. */
export function createWsApi(location: Location = window.location): TetherApi {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | undefined;
  let retryMs = 250;
  let everOpen = false;
  let dropped = false;

  const connect = (): void => {
    const ws = new WebSocket(url);
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
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
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
