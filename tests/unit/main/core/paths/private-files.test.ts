/** The data folder is private: created 0700, and an existing one of Tether's tightened to 0700 (POSIX only). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePrivateDir } from '../../../../../main/core/paths/private-files';

const mode = (path: string): number => statSync(path).mode & 0o777;
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tether-private-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('ensurePrivateDir', () => {
  it('creates a missing folder 0700', () => {
    ensurePrivateDir(join(root, 'a', 'Tether'));
    expect(mode(join(root, 'a', 'Tether'))).toBe(0o700);
  });

  it.each([
    ['an empty folder', []],
    ['a folder holding a database', ['tether.db']],
    ['a folder holding settings', ['settings.json']],
  ])('tightens %s made 0755 (an older install, or mkdir by hand) to 0700', (_label, files) => {
    const dir = join(root, 'data');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    for (const name of files) writeFileSync(join(dir, name), '');
    ensurePrivateDir(dir);
    expect(mode(dir)).toBe(0o700);
  });

  it("leaves a folder that isn't Tether's own alone (its files are 0600 anyway)", () => {
    const dir = join(root, 'projects');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    ensurePrivateDir(dir);
    expect(mode(dir)).toBe(0o755);
  });
});
