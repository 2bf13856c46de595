// `npm run dist`: builds, rebuilds native modules for Electron (verified by reading the binaries), then packages
// with electron-builder for this OS (targets for all three are declared in electron-builder.yml).
// Every step that can't be done truly here fails loudly with one line: nothing is packaged with a Node-ABI module.
'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { ensureElectronAbi } = require('./ensure-electron-abi.cjs');

const ROOT = join(__dirname, '..');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

function die(message) {
  process.stderr.write(`Tether dist: ${message}\n`);
  process.exit(1);
}

if (spawnSync(bin('electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) die('the build failed (see above).');
const abiProblem = ensureElectronAbi();
if (abiProblem) die(`${abiProblem}. Packaging needs a machine that can reach electronjs.org and github.com.`);
const builder = spawnSync(bin('electron-builder'), ['--config', 'electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
// Put the Node build of native modules back, so tests and the CLI keep working after packaging.
spawnSync(process.execPath, [join(__dirname, 'ensure-node-abi.cjs')], { cwd: ROOT, stdio: 'inherit' });
if (builder.status !== 0) die('electron-builder failed (see above).');
