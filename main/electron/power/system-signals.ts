/**
 * Turns the computer waking up and the network coming back into check sweeps (issue 6: "signals the Electron
 * layer passes in"). Wake is powerMonitor's `resume` and `unlock-screen`. Electron's main process has no online
 * event, so `net.isOnline()` is polled (every 30 s, on an unref'd timer) and an offline → online edge counts.
 * Polling in main rather than listening in the renderer: the window may be hidden in the tray or closed, a
 * renderer reload would drop the listener, and the IPC contract needs no new channel. Both signals pass through
 * one debounce and a cool-down, so wake and online together start ONE sweep.
 */
import { net, powerMonitor } from 'electron';
import type { Logger } from '../../core/logging/create-logger';

export type SystemSignal = 'wake' | 'online';

export interface SystemSignalsOptions {
  /** Starts a sweep (the scheduler's `signal`). */
  signal(trigger: SystemSignal): Promise<unknown> | unknown;
  /** Signals this close together make one sweep. */
  readonly debounceMs?: number;
  /** How often `net.isOnline()` is read. */
  readonly pollMs?: number;
  /** After a sweep, signals are ignored this long (wake, then unlock a minute later, then Wi-Fi reconnecting). */
  readonly cooldownMs?: number;
  readonly now?: () => number;
  readonly log?: Logger;
}

export const SYSTEM_SIGNAL_DEFAULTS = { debounceMs: 5_000, pollMs: 30_000, cooldownMs: 60_000 } as const;

export class SystemSignals {
  private online = true;
  private pending: SystemSignal | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private lastSweepAt = Number.NEGATIVE_INFINITY;
  private readonly onWake = (): void => this.request('wake');
  private readonly now: () => number;

  constructor(private readonly options: SystemSignalsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Starts listening. Call once the app is ready. */
  start(): void {
    if (this.poll) return;
    this.online = net.isOnline();
    powerMonitor.on('resume', this.onWake);
    powerMonitor.on('unlock-screen', this.onWake);
    this.poll = setInterval(() => this.readNetwork(), this.options.pollMs ?? SYSTEM_SIGNAL_DEFAULTS.pollMs);
    // The poll alone must never keep the app alive.
    this.poll.unref();
  }

  /** Stops listening and drops a signal still waiting. */
  stop(): void {
    powerMonitor.removeListener('resume', this.onWake);
    powerMonitor.removeListener('unlock-screen', this.onWake);
    if (this.poll) clearInterval(this.poll);
    if (this.debounce) clearTimeout(this.debounce);
    this.poll = undefined;
    this.debounce = undefined;
    this.pending = undefined;
  }

  private readNetwork(): void {
    const online = net.isOnline();
    if (online && !this.online) this.request('online');
    this.online = online;
  }

  private request(trigger: SystemSignal): void {
    this.pending ??= trigger;
    if (this.debounce) return;
    this.debounce = setTimeout(() => this.fire(), this.options.debounceMs ?? SYSTEM_SIGNAL_DEFAULTS.debounceMs);
    this.debounce.unref();
  }

  private fire(): void {
    const trigger = this.pending;
    this.debounce = undefined;
    this.pending = undefined;
    if (!trigger) return;
    // Woken but still offline: checking now would only fail. The online edge will start the sweep.
    if (!net.isOnline()) {
      this.online = false;
      return;
    }
    const now = this.now();
    if (now - this.lastSweepAt < (this.options.cooldownMs ?? SYSTEM_SIGNAL_DEFAULTS.cooldownMs)) return;
    this.lastSweepAt = now;
    Promise.resolve()
      .then(() => this.options.signal(trigger))
      .catch((error: unknown) => this.options.log?.error('sweep after a system signal failed', { trigger, error: String(error) }));
  }
}
