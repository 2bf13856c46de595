import { describe, expect, it } from 'vitest';
import { FaultEngine, type FaultTarget } from '../../../../../main/simulator/faults/fault-engine';

const me: FaultTarget = { network: 'facebook', method: 'GET', paths: ['/v24.0/me', '/me'] };
const accounts: FaultTarget = { network: 'facebook', method: 'GET', paths: ['/v24.0/me/accounts', '/me/accounts'] };
const xMe: FaultTarget = { network: 'x', method: 'GET', paths: ['/2/users/me'] };

describe('matching', () => {
  it('matches on network, version-less prefix, pattern and method', () => {
    const engine = new FaultEngine(1);
    engine.setFaults([{ type: 'connection_reset', network: 'facebook', pathPrefix: '/me/accounts' }]);
    expect(engine.forRequest(accounts).transport?.type).toBe('connection_reset');
    expect(engine.forRequest(me).transport).toBeNull();
    expect(engine.forRequest(xMe).transport).toBeNull();
    engine.setFaults([{ type: 'offline', pathPattern: '^/2/users/\\w+$', method: 'GET' }]);
    expect(engine.forRequest(xMe).transport?.type).toBe('offline');
    expect(engine.forRequest({ ...xMe, method: 'POST' }).transport).toBeNull();
  });

  it('never sends Graph-only faults to X', () => {
    const engine = new FaultEngine(1);
    engine.setFaults([
      { type: 'graph_transient', code: 2 },
      { type: 'graph_status', code: 10, httpStatus: 500 },
    ]);
    expect(engine.forRequest(xMe).api).toBeNull();
    expect(engine.statusFor(xMe, 10)).toBeNull();
    expect(engine.forRequest(me).api?.type).toBe('graph_transient');
    expect(engine.statusFor(me, 10)).toBe(500);
    expect(engine.statusFor(me, 190)).toBeNull();
  });

  it('adds latencies and lets the first terminal fault win', () => {
    const engine = new FaultEngine(1);
    engine.setFaults([{ type: 'latency', ms: 10 }, { id: 'first', type: 'http_error', status: 502 }, { type: 'latency', ms: 5 }, { type: 'malformed_json' }]);
    const out = engine.forRequest(me);
    expect(out.latencyMs).toBe(15);
    expect(out.transport?.type).toBe('http_error');
    expect(out.fired).toEqual(['latency#0', 'first', 'latency#2']);
  });
});

describe('dice', () => {
  const rolls = (engine: FaultEngine, target: FaultTarget, n: number): boolean[] =>
    Array.from({ length: n }, () => engine.forRequest(target).transport !== null);

  it('probability 0 never fires and 1 always does', () => {
    const engine = new FaultEngine(3);
    engine.setFaults([{ type: 'offline', probability: 0 }]);
    expect(rolls(engine, me, 50).some(Boolean)).toBe(false);
    engine.setFaults([{ type: 'offline' }]);
    expect(rolls(engine, me, 50).every(Boolean)).toBe(true);
  });

  it('are reproducible per seed, and one fault’s dice ignore traffic to other faults', () => {
    const spec = [
      { type: 'http_error' as const, status: 500 as const, probability: 0.5, pathPrefix: '/me/accounts' },
      { type: 'offline' as const, probability: 0.5, network: 'x' as const },
    ];
    const a = new FaultEngine(9);
    a.setFaults(spec);
    const quiet = rolls(a, accounts, 40);
    const b = new FaultEngine(9);
    b.setFaults(spec);
    const noisy: boolean[] = [];
    for (let i = 0; i < 40; i++) {
      b.forRequest(xMe);
      b.forRequest(me);
      noisy.push(b.forRequest(accounts).transport !== null);
    }
    expect(noisy).toEqual(quiet);
    const c = new FaultEngine(10);
    c.setFaults(spec);
    expect(rolls(c, accounts, 40)).not.toEqual(quiet);
    const share = quiet.filter(Boolean).length / quiet.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
  });

  it('rejects bad specs', () => {
    const engine = new FaultEngine(1);
    expect(() => engine.setFaults([{ type: 'latency', ms: -1 }])).toThrow();
    expect(() => engine.setFaults([{ type: 'http_error', status: 500, probability: 2 }])).toThrow();
    expect(() => engine.setFaults([{ type: 'offline', pathPattern: '[' }])).toThrow('valid regular expression');
  });
});
