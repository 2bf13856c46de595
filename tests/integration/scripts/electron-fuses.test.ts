/**
 * The packaged app's Electron fuses, as electron-builder.yml declares them and electron-builder flips them: it
 * packs the app for real (`--dir`) around a stand-in Electron binary that carries the fuse wire as a real one
 * does (the real binary can't be downloaded here), then the wire is read back from the packed binary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
/** What @electron/fuses looks for: the sentinel, the wire version (1), its length, then one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off. */
const ELECTRON_DEFAULTS = '10110001';
/** The fuses in wire order (Electron's fuses.json5, version 1). */
const FUSES = [
  'runAsNode',
  'cookieEncryption',
  'nodeOptions',
  'inspectArguments',
  'asarIntegrity',
  'onlyAsar',
  'browserV8Snapshot',
  'fileProtocolPrivileges',
] as const;

/** Each fuse's state in a binary: '1' on, '0' off, 'r' removed. */
function fuseWire(binary: string): Record<(typeof FUSES)[number], string> {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  if (at < SENTINEL.length || bytes[at] !== 1) throw new Error('no version-1 fuse wire in the binary');
  const wire = bytes.subarray(at + 2, at + 2 + (bytes[at + 1] ?? 0)).toString('latin1');
  return Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1' ? 'on' : wire[i] === '0' ? 'off' : String(wire[i])])) as never;
}
let work: string;
let packed: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tether-fuses-'));
  const dist = join(work, 'electron-dist');
  spawnSync('mkdir', ['-p', dist]);
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('stand-in '), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULTS)]));
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), '45.5.0');
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/electron-builder'),
    [
      '--linux',
      '--dir',
      '--config',
      'electron-builder.yml',
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${join(work, 'out')}`,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
  packed = join(work, 'out', 'linux-unpacked', 'tether');
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Electron fuses in the packaged app', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, turns on cookie encryption, and loads only a checked app.asar', () => {
    expect(existsSync(join(work, 'out', 'linux-unpacked', 'resources', 'app.asar'))).toBe(true);
    const { browserV8Snapshot: _untouched, ...wire } = fuseWire(packed);
    expect(fuseWire(join(work, 'electron-dist', 'electron'))).toMatchObject({ runAsNode: 'on', cookieEncryption: 'off' });
    expect(wire).toEqual({
      runAsNode: 'off',
      cookieEncryption: 'on',
      nodeOptions: 'off',
      inspectArguments: 'off',
      asarIntegrity: 'on',
      onlyAsar: 'on',
      fileProtocolPrivileges: 'off',
    });
  });
});
