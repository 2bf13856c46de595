// What fails the build in an electronegativity scan, and how its result is read. No I/O: the runner
// (electronegativity.cjs) does the scan; tests/unit/scripts/electronegativity-policy.test.ts tests this.
'use strict';
const { isAbsolute, relative, sep } = require('node:path');

const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
const CONFIDENCES = ['CERTAIN', 'FIRM', 'TENTATIVE'];
const MIN_REASON_LENGTH = 20;

/**
 * Reads what electronegativity's run() resolves to: the findings, with files relative to `root` ('/'-separated;
 * 'N/A' for app-wide checks), and the files it could not parse (those were not checked at all).
 * Throws on anything else, so a result we don't understand can never pass as clean.
 */
function readScan(result, root) {
  if (!result || !Array.isArray(result.issues) || !Array.isArray(result.errors)) throw new Error('not an electronegativity result');
  const findings = result.issues.map((issue, index) => {
    const check = issue?.id;
    const severity = issue?.severity?.name;
    const confidence = issue?.confidence?.name;
    if (
      typeof check !== 'string' ||
      !/^[A-Z0-9_]+$/.test(check) ||
      !SEVERITIES.includes(severity) ||
      !CONFIDENCES.includes(confidence) ||
      typeof issue.file !== 'string'
    ) {
      throw new Error(`unreadable finding ${index + 1}: ${JSON.stringify(issue).slice(0, 120)}`);
    }
    const file = issue.file === 'N/A' || !isAbsolute(issue.file) ? issue.file : relative(root, issue.file).split(sep).join('/');
    const location = issue.location ? `${issue.location.line}:${issue.location.column}` : '';
    return { check, severity, confidence, file, location, sample: typeof issue.sample === 'string' ? issue.sample : '' };
  });
  // Tolerable errors are parser warnings on files it still checked; the others mean a file was skipped.
  const unparsed = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => ({ file: isAbsolute(error.file) ? relative(root, error.file).split(sep).join('/') : error.file, message: String(error.message) }));
  return { findings, unparsed };
}

/** Every HIGH fails; a MEDIUM fails when the scanner is FIRM or CERTAIN. TENTATIVE MEDIUMs and below are advice. */
function isBlocking(finding) {
  return finding.severity === 'HIGH' || (finding.severity === 'MEDIUM' && finding.confidence !== 'TENTATIVE');
}

/** Problems with the allowlist itself: each entry needs a check id, a file (or 'N/A') and a real reason. */
function allowlistErrors(entries) {
  if (!Array.isArray(entries)) return ['the allowlist must be a JSON array'];
  const errors = [];
  const seen = new Set();
  entries.forEach((entry, i) => {
    const where = `allowlist entry ${i + 1}`;
    if (typeof entry?.check !== 'string' || !/^[A-Z0-9_]+$/.test(entry.check)) errors.push(`${where}: "check" must be a check id`);
    if (typeof entry?.file !== 'string' || entry.file === '') errors.push(`${where}: "file" must be a repo-relative path or "N/A"`);
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < MIN_REASON_LENGTH)
      errors.push(`${where}: "reason" must say why (${MIN_REASON_LENGTH}+ characters)`);
    const key = `${entry?.check}\t${entry?.file}`;
    if (seen.has(key)) errors.push(`${where}: duplicate of an earlier entry`);
    seen.add(key);
  });
  return errors;
}

/**
 * Applies the policy. An allowlist entry excuses the blocking findings with its (check, file); an entry that
 * excuses nothing is stale and fails too, so justifications can't outlive the code they were written for.
 */
function evaluate(findings, allowlist) {
  const key = (check, file) => `${check}\t${file}`;
  const entries = new Map(allowlist.map((entry) => [key(entry.check, entry.file), entry]));
  const used = new Set();
  const blocking = [];
  const justified = [];
  for (const finding of findings.filter(isBlocking)) {
    const entry = entries.get(key(finding.check, finding.file));
    if (entry) {
      justified.push({ finding, reason: entry.reason });
      used.add(key(entry.check, entry.file));
    } else blocking.push(finding);
  }
  const stale = allowlist.filter((entry) => !used.has(key(entry.check, entry.file)));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
  return { blocking, justified, stale, counts };
}

module.exports = { readScan, isBlocking, allowlistErrors, evaluate };
