// Writes main/simulator/graph/graph-fields.json: the field and edge names of the Graph objects the simulator
// serves, copied from Meta's generated SDK so the shipped simulator needs no dev dependency at runtime.
// Run after upgrading facebook-nodejs-business-sdk: `node scripts/graph-fields/generate-graph-fields.cjs`.
// tests/unit/main/simulator/graph/graph-fields-json.test.ts fails while the JSON and the SDK disagree.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { readSdkObject, sdkLocation } = require('./sdk-objects.cjs');

/** SDK files of the node types the simulator serves: /me (User), Pages, Instagram accounts, Business portfolios. */
const SERVED_OBJECTS = ['user.js', 'page.js', 'ig-user.js', 'business.js'];
const OUT = join(__dirname, '..', '..', 'main', 'simulator', 'graph', 'graph-fields.json');

/** The JSON document, built from the SDK as it is installed now. */
function buildGraphFields() {
  const objects = {};
  for (const file of SERVED_OBJECTS) {
    const { className, fields, edges } = readSdkObject(file);
    objects[className] = { fields, edges: Object.keys(edges).sort() };
  }
  return { source: `facebook-nodejs-business-sdk ${sdkLocation().version}, src/objects/{${SERVED_OBJECTS.join(',')}}`, objects };
}

if (require.main === module) {
  writeFileSync(OUT, `${JSON.stringify(buildGraphFields(), null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}

module.exports = { buildGraphFields, GRAPH_FIELDS_JSON: OUT };
