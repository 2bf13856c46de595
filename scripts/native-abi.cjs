// Which ABI the compiled native modules were built for, read from the binaries themselves.
// These machines' npm config (nodedir=/usr) makes "Electron" rebuilds silently compile against Node's headers,
// so we never trust a rebuild's label: we read the module's registration symbol after every rebuild.
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..');
/** Native modules built against V8's ABI (keytar is N-API and loads anywhere). */
const ABI_BOUND_MODULES = [{ name: 'better-sqlite3', binary: 'build/Release/better_sqlite3.node' }];

function moduleDir(name) {
  return dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
}

/** The NODE_MODULE_VERSION a compiled addon registers itself under, or null if unreadable. */
function binaryAbi(file) {
  if (!existsSync(file)) return null;
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}

/** The ABI of the Electron version in node_modules. */
function electronAbi() {
  const electronDir = moduleDir('electron');
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  return { version, abi: Number(require(require.resolve('node-abi', { paths: [ROOT] })).getAbi(version, 'electron')) };
}

/** [{ name, file, abi }] for every ABI-bound native module. */
function nativeModuleAbis() {
  return ABI_BOUND_MODULES.map(({ name, binary }) => {
    const file = join(moduleDir(name), binary);
    return { name, file, abi: binaryAbi(file) };
  });
}

module.exports = { ROOT, ABI_BOUND_MODULES, binaryAbi, electronAbi, nativeModuleAbis, moduleDir };
