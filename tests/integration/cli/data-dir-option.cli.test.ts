/** Through the built bin: an empty --data-dir or TETHER_DATA_DIR is a usage error (exit 2), and nothing is created. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTether } from '../../fixtures/cli/tether-process';

let config: string;
beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'tether-xdg-'));
});
afterEach(() => rmSync(config, { recursive: true, force: true }));

describe('an empty data folder option', () => {
  it('tether check --data-dir "" exits 2 with one line, and leaves the default folder alone', async () => {
    const run = await runTether(['check', '--data-dir', ''], { XDG_CONFIG_HOME: config, TETHER_DATA_DIR: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('tether check: --data-dir is empty; give the folder Tether should use\n');
    expect(existsSync(join(config, 'Tether'))).toBe(false);
  });

  it('TETHER_DATA_DIR="" tether serve exits 2', async () => {
    const run = await runTether(['serve'], { XDG_CONFIG_HOME: config, TETHER_DATA_DIR: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tether serve: TETHER_DATA_DIR is set but empty/);
    expect(existsSync(join(config, 'Tether'))).toBe(false);
  });
});
