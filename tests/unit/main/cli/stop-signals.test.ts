/** The CLI's signal handling: first signal asks to stop, a second or a stuck clean-up exits with 130/143. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { listenForStop, untilStopped, type SignalSource } from '../../../../main/cli/stop-signals';

function fakeProcess(): SignalSource & { emit(name: string): void; exits: number[] } {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    on: (name, listener) => emitter.on(name, listener),
    off: (name, listener) => emitter.off(name, listener),
    exit: (code) => void exits.push(code),
    emit: (name) => void emitter.emit(name),
    exits,
  };
}

afterEach(() => vi.useRealTimers());

describe('listenForStop', () => {
  it('resolves on the first SIGTERM with 143, and exits at once on a second signal', async () => {
    const proc = fakeProcess();
    const stop = listenForStop(proc);
    expect(stop.exitCode()).toBeNull();
    proc.emit('SIGTERM');
    await stop.stopped;
    expect(stop.exitCode()).toBe(143);
    expect(proc.exits).toEqual([]);
    proc.emit('SIGINT');
    expect(proc.exits).toEqual([143]);
    stop.dispose();
  });

  it('exits with 130 when the clean-up after SIGINT outlasts the grace period', () => {
    vi.useFakeTimers();
    const proc = fakeProcess();
    listenForStop(proc, 1000);
    proc.emit('SIGINT');
    vi.advanceTimersByTime(999);
    expect(proc.exits).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(proc.exits).toEqual([130]);
  });
});

describe('untilStopped', () => {
  it('gives the work its value, or reports the stop and swallows the abandoned work failing later', async () => {
    expect(await untilStopped(Promise.resolve(7), new Promise<void>(() => undefined))).toEqual({ stopped: false, value: 7 });
    let fail: (error: Error) => void = () => undefined;
    const work = new Promise<number>((_, reject) => {
      fail = reject;
    });
    expect(await untilStopped(work, Promise.resolve())).toEqual({ stopped: true });
    fail(new Error('database closed'));
    await new Promise((r) => setTimeout(r, 0));
  });
});
