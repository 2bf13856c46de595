// Rebuilds native modules for Electron's ABI and proves it worked, or fails loudly. Used by `npm start` and `npm run dist`.
'use strict';
const { spawnSync } = require('node:child_process');
const { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { basename, dirname, join } = require('node:path');
const { ROOT, electronAbi, nativeModuleAbis } = require('./native-abi.cjs');

/**
 * Runs `fn` with every native binary backed up outside its module (a failed rebuild deletes the whole build
 * folder), and puts the working binaries back if `fn` reports a failure.
 */
function withBackups(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'tether-native-'));
  const saved = nativeModuleAbis()
    .filter((m) => existsSync(m.file))
    .map((m, i) => ({ file: m.file, backup: join(dir, `${i}-${basename(m.file)}`) }));
  for (const s of saved) copyFileSync(s.file, s.backup);
  try {
    const problem = fn();
    if (problem) {
      for (const s of saved) {
        mkdirSync(dirname(s.file), { recursive: true });
        copyFileSync(s.backup, s.file);
      }
    }
    return problem;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Returns null when every native module matches Electron's ABI, else a one-line reason. */
function ensureElectronAbi() {
  const { version, abi } = electronAbi();
  if (nativeModuleAbis().every((m) => m.abi === abi)) return null;
  const env = { ...process.env };
  // npm exports ~/.npmrc's nodedir=/usr as npm_config_nodedir; with it, node-gyp builds against Node's headers
  // and calls the result an Electron build. Drop it so the real Electron headers are fetched (or the step fails).
  for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
  return withBackups(() => {
    const rebuild = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'electron-rebuild'),
      ['--force', '--version', version, '--only', 'better-sqlite3', '--dist-url', 'https://electronjs.org/headers'],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 600_000 },
    );
    const after = nativeModuleAbis().filter((m) => m.abi !== abi);
    if (rebuild.status === 0 && after.length === 0) return null;
    if (rebuild.status === 0) {
      return `the rebuild for Electron ${version} produced ${after.map((m) => `${m.name} with ABI ${m.abi}`).join(', ')} instead of ABI ${abi}; refusing to use it`;
    }
    const output = `${rebuild.stderr || ''}\n${rebuild.stdout || ''}`;
    const why = /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(output)
      ? "Electron's headers could not be downloaded (no network access to electronjs.org)"
      : (output.split('\n').find((l) => /error/i.test(l)) ?? `exit ${rebuild.status}`);
    return `could not rebuild native modules for Electron ${version} (ABI ${abi}): ${why.trim().slice(0, 200)}`;
  });
}

module.exports = { ensureElectronAbi };
