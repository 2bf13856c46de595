// `npm start`: builds Tether and runs the desktop app. Where Electron's binary is missing (it can't be
// downloaded everywhere), it says so in one line and points at `npm run serve`.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { spawnSync, spawn } = require('node:child_process');
const { ensureElectronAbi } = require('./ensure-electron-abi.cjs');

const ROOT = join(__dirname, '..');

/** The Electron executable, or null when it was never downloaded. Never triggers a download. */
function electronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json', { paths: [ROOT] }));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function die(message) {
  process.stderr.write(`Tether: ${message}\n`);
  process.exit(1);
}

const binary = electronBinary();
if (!binary) {
  die(
    'the Electron binary is not installed on this machine (it could not be downloaded), so the desktop app cannot start; run `npm run serve` to use Tether in your browser instead.',
  );
}
const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js', { paths: [ROOT] }), 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) die('the build failed (see above).');
const abiProblem = ensureElectronAbi();
if (abiProblem) die(`${abiProblem}.`);
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
