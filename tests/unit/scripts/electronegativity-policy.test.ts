import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
}
interface Entry {
  check: string;
  file: string;
  reason: string;
}
interface Policy {
  readScan(result: unknown, root: string): { findings: Finding[]; unparsed: Array<{ file: string; message: string }> };
  isBlocking(finding: Pick<Finding, 'severity' | 'confidence'>): boolean;
  allowlistErrors(entries: unknown): string[];
  evaluate(
    findings: Finding[],
    allowlist: Entry[],
  ): { blocking: Finding[]; justified: Array<{ finding: Finding; reason: string }>; stale: Entry[]; counts: Record<string, number> };
}

const root = resolve(__dirname, '../../..');
const policy = createRequire(__filename)(join(root, 'scripts/electronegativity-policy.cjs')) as Policy;
// A real run() result of electronegativity 1.10.3 (trimmed to the fields it reads) on an insecure window
// (contextIsolation/sandbox/webSecurity off, an http URL) next to a file with a syntax error.
const insecure = JSON.parse(readFileSync(join(root, 'tests/fixtures/electronegativity/insecure-window.json'), 'utf8')) as {
  issues: unknown[];
  errors: unknown[];
};
const findingsOf = (result: unknown) => policy.readScan(result, '/repo').findings;
const REASON = 'Reviewed, and this is why it is acceptable here.';

describe('electronegativity result', () => {
  it('reads every finding, with repo-relative files', () => {
    const findings = findingsOf(insecure);
    expect(findings).toHaveLength(10);
    expect(findings.find((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK')).toMatchObject({
      severity: 'HIGH',
      confidence: 'FIRM',
      file: 'main/electron/window.ts',
      location: '5:45',
    });
    expect(findings.find((f) => f.check === 'LIMIT_NAVIGATION_GLOBAL_CHECK')).toMatchObject({ severity: 'HIGH', file: 'N/A' });
    expect(findings.find((f) => f.check === 'HTTP_RESOURCES_JS_CHECK')?.sample).toBe(`void window.loadURL('http://example.com/app, "quoted" page');`);
  });

  it('names the files the scanner could not parse (they were not checked), but not its tolerable warnings', () => {
    expect(policy.readScan(insecure, '/repo').unparsed).toEqual([{ file: 'main/electron/broken.ts', message: 'Unexpected token (1:13)' }]);
    expect(policy.readScan({ ...insecure, errors: [{ file: '/repo/a.ts', message: 'warn', tolerable: true }] }, '/repo').unparsed).toEqual([]);
  });

  it('refuses a result it does not understand instead of reading it as clean', () => {
    expect(() => policy.readScan(undefined, '/repo')).toThrow();
    expect(() => policy.readScan({ issues: [] }, '/repo')).toThrow(/result/);
    const odd = { ...insecure, issues: [{ id: 'X_CHECK', severity: { name: 'SEVERE' }, confidence: { name: 'FIRM' }, file: 'N/A' }] };
    expect(() => policy.readScan(odd, '/repo')).toThrow(/finding/);
  });
});

describe('electronegativity policy', () => {
  it('blocks every HIGH and every FIRM or CERTAIN MEDIUM; TENTATIVE MEDIUMs and LOWs are advice', () => {
    expect(policy.isBlocking({ severity: 'HIGH', confidence: 'TENTATIVE' })).toBe(true);
    expect(policy.isBlocking({ severity: 'MEDIUM', confidence: 'FIRM' })).toBe(true);
    expect(policy.isBlocking({ severity: 'MEDIUM', confidence: 'CERTAIN' })).toBe(true);
    expect(policy.isBlocking({ severity: 'MEDIUM', confidence: 'TENTATIVE' })).toBe(false);
    expect(policy.isBlocking({ severity: 'LOW', confidence: 'CERTAIN' })).toBe(false);
    expect(policy.isBlocking({ severity: 'INFORMATIONAL', confidence: 'CERTAIN' })).toBe(false);
  });

  it('fails the insecure window on its HIGHs and firm MEDIUMs, and counts by severity', () => {
    const result = policy.evaluate(findingsOf(insecure), []);
    expect(result.blocking.map((f) => f.check).sort()).toEqual([
      'AUXCLICK_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'CSP_GLOBAL_CHECK',
      'HTTP_RESOURCES_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'PRELOAD_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
    ]);
    expect(result.counts).toEqual({ HIGH: 2, MEDIUM: 8, LOW: 0, INFORMATIONAL: 0 });
  });

  it('excuses a finding only for the (check, file) an entry names, and reports entries that excuse nothing', () => {
    const findings = findingsOf(insecure);
    const result = policy.evaluate(findings, [
      { check: 'PRELOAD_JS_CHECK', file: 'main/electron/window.ts', reason: REASON },
      { check: 'SANDBOX_JS_CHECK', file: 'main/electron/other.ts', reason: REASON },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/electron/window.ts', reason: REASON },
    ]);
    expect(result.justified.map((j) => j.finding.check)).toEqual(['PRELOAD_JS_CHECK']);
    expect(result.blocking.map((f) => f.check)).toContain('SANDBOX_JS_CHECK');
    expect(result.blocking.map((f) => f.check)).not.toContain('PRELOAD_JS_CHECK');
    // The wrong file excuses nothing, and a TENTATIVE finding needs no excuse: both entries are stale.
    expect(result.stale.map((e) => e.check)).toEqual(['SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
  });

  it('wants a check, a file and a real reason in every allowlist entry', () => {
    expect(policy.allowlistErrors([{ check: 'PRELOAD_JS_CHECK', file: 'N/A', reason: REASON }])).toEqual([]);
    expect(policy.allowlistErrors({})).toHaveLength(1);
    expect(policy.allowlistErrors([{ check: 'PRELOAD_JS_CHECK', file: 'N/A', reason: 'ok' }])[0]).toMatch(/reason/);
    expect(policy.allowlistErrors([{ file: 'N/A', reason: REASON }])[0]).toMatch(/check/);
    expect(policy.allowlistErrors([{ check: 'X', reason: REASON }])[0]).toMatch(/file/);
    const twice = { check: 'PRELOAD_JS_CHECK', file: 'N/A', reason: REASON };
    expect(policy.allowlistErrors([twice, twice])[0]).toMatch(/duplicate/);
  });

  it('accepts the checked-in allowlist', () => {
    const file = JSON.parse(readFileSync(join(root, 'scripts/electronegativity-allowlist.json'), 'utf8')) as { justified: unknown };
    expect(policy.allowlistErrors(file.justified)).toEqual([]);
  });
});
