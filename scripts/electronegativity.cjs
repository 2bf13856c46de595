// `npm run test:security`: scans main/electron with electronegativity and fails on what
// electronegativity-policy.cjs blocks, unless electronegativity-allowlist.json justifies it.
// The CLI exits 0 whatever it finds and, with -o, drops parse errors silently (a file it can't parse would look
// clean), so we call its documented run() and judge the result it returns. Offline it prints
// "Something went wrong while fetching Electron's releases. No connectivity?" and carries on: harmless.
'use strict';
const { readFileSync, readdirSync } = require('node:fs');
const { join, relative, sep } = require('node:path');
const { allowlistErrors, evaluate, readScan } = require('./electronegativity-policy.cjs');

const ROOT = join(__dirname, '..');
const SCANNED = 'main/electron';
const ALLOWLIST = 'scripts/electronegativity-allowlist.json';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|cjs|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

const repoPath = (file) => relative(ROOT, file).split(sep).join('/');
const at = (f) => `${f.check} ${f.severity}/${f.confidence} ${f.file}${f.file === 'N/A' ? '' : `:${f.location}`}`;

async function main() {
  const started = Date.now();
  const problems = [];
  const allowlist = JSON.parse(readFileSync(join(ROOT, ALLOWLIST), 'utf8')).justified;
  problems.push(...allowlistErrors(allowlist));
  // Inline eng-disable comments would drop findings before we see them: justifications belong in the allowlist.
  for (const file of sourceFiles(join(ROOT, SCANNED))) {
    if (readFileSync(file, 'utf8').includes('eng-disable')) problems.push(`${repoPath(file)}: no eng-disable comments; justify the finding in ${ALLOWLIST}`);
  }
  const run = require(require.resolve('@doyensec/electronegativity', { paths: [ROOT] }));
  const electron = JSON.parse(readFileSync(require.resolve('electron/package.json', { paths: [ROOT] }), 'utf8')).version;
  // electronVersionOverride: main/electron has no package.json, and without it the checks assume Electron 0.1.
  const { findings, unparsed } = readScan(await run({ input: join(ROOT, SCANNED), electronVersionOverride: electron }), ROOT);
  for (const { file, message } of unparsed) problems.push(`${file}: electronegativity could not parse it (${message}), so it was not checked`);
  const result = evaluate(findings, Array.isArray(allowlist) ? allowlist : []);
  const counts = Object.entries(result.counts)
    .map(([severity, n]) => `${severity} ${n}`)
    .join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`electronegativity on ${SCANNED} (Electron ${electron}): ${findings.length} findings (${counts}) in ${seconds} s`);
  for (const finding of findings) console.log(`  ${at(finding)}`);
  for (const { finding, reason } of result.justified) console.log(`  justified: ${finding.check} ${finding.file}: ${reason}`);
  for (const finding of result.blocking) problems.push(`${at(finding)}${finding.sample ? `  ${finding.sample}` : ''}`);
  for (const entry of result.stale) problems.push(`stale allowlist entry (nothing to excuse any more): ${entry.check} ${entry.file}`);
  if (problems.length > 0) {
    console.error(`electronegativity: ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`electronegativity: the scan failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
