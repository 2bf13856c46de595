/**
 * What `tether serve` pushes to one browser tab. Account deltas go out as they come while the socket keeps up;
 * a tab whose socket buffer is full misses them (nothing queues without bound) and, once the buffer drains, gets
 * one snapshot and the deltas that follow it. Each event is serialized once for every tab.
 */
import type { WebSocket } from 'ws';
import type { AccountsChange, AccountsSnapshot } from '../../shared/domain/accounts-change';
import type { EventChannel } from '../../shared/ipc/channels';
import type { ServerMessage } from '../../shared/ipc/ws-protocol';
import type { Router } from '../core/ipc/router';

export interface PushChannelOptions {
  /** Above this many unsent bytes a tab is behind (default 1 MiB). */
  readonly highWaterBytes?: number;
  /** How often a tab that is behind is looked at again (default 50 ms). */
  readonly pollMs?: number;
}

const serialized = new WeakMap<object, string>();

/** The event as text, built once per payload object however many tabs receive it. */
function eventText(event: EventChannel, payload: unknown): string {
  const key = typeof payload === 'object' && payload !== null ? payload : null;
  const cached = key ? serialized.get(key) : undefined;
  if (cached !== undefined) return cached;
  const text = JSON.stringify({ type: 'event', event, payload } satisfies ServerMessage);
  if (key) serialized.set(key, text);
  return text;
}

const isDelta = (event: EventChannel, payload: unknown): boolean => event === 'accounts:changed' && (payload as AccountsChange).kind === 'delta';

/** Subscribes one socket to the router's events; returns the function that stops it. */
export function attachPushChannel(ws: WebSocket, router: Router, options: PushChannelOptions = {}): () => void {
  const high = options.highWaterBytes ?? 1024 * 1024;
  let behind = false;
  let poll: ReturnType<typeof setInterval> | null = null;
  let held: Array<{ event: EventChannel; payload: unknown }> | null = null;
  const open = (): boolean => ws.readyState === ws.OPEN;
  const send = (event: EventChannel, payload: unknown): void => {
    if (open()) ws.send(eventText(event, payload));
  };

  const catchUp = (): void => {
    if (!open() || ws.bufferedAmount > high / 4) return;
    if (poll) clearInterval(poll);
    poll = null;
    behind = false;
    // Deltas that arrive while the snapshot is read are held, then sent if they follow on from it.
    held = [];
    void router.invoke('accounts:snapshot', undefined).then((result) => {
      const after = held ?? [];
      held = null;
      if (!result.ok) return;
      const snapshot = result.value as AccountsSnapshot;
      send('accounts:changed', { kind: 'snapshot', ...snapshot } satisfies AccountsChange);
      for (const { event, payload } of after) if (!isDelta(event, payload) || (payload as { from: number }).from >= snapshot.version) send(event, payload);
    });
  };

  const unsubscribe = router.subscribe((event, payload) => {
    if (held) return void held.push({ event, payload });
    if (isDelta(event, payload)) {
      if (behind) return;
      if (ws.bufferedAmount > high) {
        behind = true;
        poll = setInterval(catchUp, options.pollMs ?? 50);
        poll.unref();
        return;
      }
    }
    send(event, payload);
  });

  return () => {
    unsubscribe();
    if (poll) clearInterval(poll);
  };
}
