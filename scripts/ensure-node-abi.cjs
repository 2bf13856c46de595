// Before tests and the CLI: native modules must match this Node. After `npm start` rebuilt them for Electron,
// this puts the Node build back (and says so), instead of failing with "was compiled against a different version".
'use strict';
const { spawnSync } = require('node:child_process');
const { ROOT, nativeModuleAbis } = require('./native-abi.cjs');

const wanted = Number(process.versions.modules);
const stale = nativeModuleAbis().filter((m) => m.abi !== wanted);
if (stale.length > 0) {
  process.stderr.write(`Rebuilding ${stale.map((m) => m.name).join(', ')} for Node ${process.version} (ABI ${wanted})…\n`);
  const result = spawnSync('npm', ['rebuild', ...stale.map((m) => m.name)], { cwd: ROOT, stdio: 'inherit' });
  const still = nativeModuleAbis().filter((m) => m.abi !== wanted);
  if (result.status !== 0 || still.length > 0) {
    process.stderr.write(`Could not rebuild ${still.map((m) => m.name).join(', ')} for this Node; run \`npm rebuild\`.\n`);
    process.exit(1);
  }
}
