// Reads Graph object definitions from Meta's generated Business SDK (facebook-nodejs-business-sdk, a dev
// dependency): each src/objects/*.js class lists its fields in `static get Fields()` and its edges as
// `getEdge(TargetClass, …, '/edge_name')`. Parsing the source (not requiring it) keeps this free of the
// SDK's runtime and of Flow syntax. Used by the conformance tests and by generate-graph-fields.cjs.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..', '..');

/** The SDK's folder of object classes, and its version. */
function sdkLocation() {
  const pkgFile = require.resolve('facebook-nodejs-business-sdk/package.json', { paths: [ROOT] });
  return { objectsDir: join(dirname(pkgFile), 'src', 'objects'), version: JSON.parse(readFileSync(pkgFile, 'utf8')).version };
}

/** The Graph version the SDK calls (`FacebookAdsApi.VERSION` in src/api.js), e.g. 'v24.0'. */
function sdkGraphVersion() {
  const source = readFileSync(join(sdkLocation().objectsDir, '..', 'api.js'), 'utf8');
  const version = /static get VERSION\(\): string \{\s*return '(v\d+\.\d+)';/.exec(source)?.[1];
  if (!version) throw new Error('facebook-nodejs-business-sdk src/api.js no longer states FacebookAdsApi.VERSION');
  return version;
}

/**
 * The class name, field names, edges (edge name → target class) and deletable edges of one SDK object file,
 * e.g. 'page.js'.
 */
function readSdkObject(file) {
  const source = readFileSync(join(sdkLocation().objectsDir, file), 'utf8');
  const className = /export default class (\w+) extends/.exec(source)?.[1];
  const fieldsBlock = /static get Fields \(\): Object \{\s*return Object\.freeze\(\{([\s\S]*?)\}\);/.exec(source)?.[1];
  if (!className || fieldsBlock === undefined) throw new Error(`${file} does not look like an SDK object class`);
  const fields = [...fieldsBlock.matchAll(/^\s*(\w+): '\w+',?$/gm)].map((m) => m[1]).sort();
  const edges = {};
  for (const m of source.matchAll(/getEdge\(\s*(\w+),[\s\S]*?'\/(\w+)'/g)) edges[m[2]] = m[1];
  const deletableEdges = [...source.matchAll(/deleteEdge\(\s*'\/(\w+)'/g)].map((m) => m[1]).sort();
  return { className, fields, edges, deletableEdges };
}

module.exports = { readSdkObject, sdkLocation, sdkGraphVersion };
