#!/usr/bin/env node
// The `tether` command. It runs the bundled CLI that `npm run build` (and `npm install`, via prepare) produces.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('tether: the app is not built yet. Run `npm run build` in the Tether folder first.\n');
  process.exit(2);
}
require(cli);
