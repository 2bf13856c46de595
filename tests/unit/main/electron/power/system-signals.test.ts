// Wake and network-back signals: exactly one sweep per burst, none while offline, none within the cool-down.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, netFake, powerMonitorFake, resetElectronFake } from '../../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { SystemSignals } = await import('../../../../../main/electron/power/system-signals');

let sweeps: string[];
let errors: string[];
const log = { debug() {}, info() {}, warn() {}, error: (m: string) => errors.push(m), child: () => log };
let signals: InstanceType<typeof SystemSignals>;

function start(signal: (trigger: 'wake' | 'online') => Promise<unknown> | unknown = (t) => sweeps.push(t)) {
  signals = new SystemSignals({ signal, log });
  signals.start();
}

beforeEach(() => {
  vi.useFakeTimers();
  resetElectronFake();
  sweeps = [];
  errors = [];
});
afterEach(() => {
  signals.stop();
  vi.useRealTimers();
});

describe('SystemSignals', () => {
  it('turns a resume into exactly one wake sweep', async () => {
    start();
    powerMonitorFake.emit('resume');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(sweeps).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sweeps).toEqual(['wake']);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sweeps).toEqual(['wake']);
  });

  it('makes one sweep of resume, unlock and the network coming back together', async () => {
    netFake.online = false;
    start();
    powerMonitorFake.emit('resume');
    netFake.online = true; // back before the debounce ends: the wake sweep runs, the online edge joins it
    await vi.advanceTimersByTimeAsync(30_000); // the poll sees the network back
    powerMonitorFake.emit('unlock-screen');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sweeps).toEqual(['wake']);
  });

  it('waits for the network when the computer wakes offline', async () => {
    start();
    netFake.online = false;
    powerMonitorFake.emit('resume');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sweeps).toEqual([]);
    netFake.online = true;
    await vi.advanceTimersByTimeAsync(30_000 + 5_000);
    expect(sweeps).toEqual(['online']);
  });

  it('starts a sweep when the network comes back, and not while it stays up', async () => {
    start();
    await vi.advanceTimersByTimeAsync(90_000);
    expect(sweeps).toEqual([]);
    netFake.online = false;
    await vi.advanceTimersByTimeAsync(30_000);
    netFake.online = true;
    await vi.advanceTimersByTimeAsync(35_000);
    expect(sweeps).toEqual(['online']);
  });

  it('ignores signals during the cool-down after a sweep, and listens again after it', async () => {
    start();
    powerMonitorFake.emit('resume');
    await vi.advanceTimersByTimeAsync(5_000);
    powerMonitorFake.emit('unlock-screen');
    await vi.advanceTimersByTimeAsync(45_000);
    powerMonitorFake.emit('resume'); // due at 60 s, 55 s after the sweep
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sweeps).toEqual(['wake']);
    powerMonitorFake.emit('resume'); // due at 70 s, 65 s after the sweep
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sweeps).toEqual(['wake', 'wake']);
  });

  it('logs a sweep that fails', async () => {
    start(() => Promise.reject(new Error('database closed')));
    powerMonitorFake.emit('resume');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(errors).toEqual(['sweep after a system signal failed']);
  });

  it('stops listening and polling on stop, dropping a signal still waiting', async () => {
    start();
    powerMonitorFake.emit('resume');
    signals.stop();
    expect(powerMonitorFake.listenerCount('resume') + powerMonitorFake.listenerCount('unlock-screen')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sweeps).toEqual([]);
  });
});
