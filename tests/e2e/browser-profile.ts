/**
 * Looks for secrets in a Chromium profile folder, the way someone with the user's files would: every file (History,
 * Sessions, Current Session, ukm_db, Network Action Predictor, Top Sites, Favicons, Cache, Local/Session Storage, …),
 * as raw bytes, for each secret as it is, URL-encoded, and in UTF-16 (how some of Chromium's stores keep strings).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ProfileHit {
  readonly file: string;
  /** The first characters of the secret found, enough to tell which one. */
  readonly secret: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Every file under `profileDir` that holds one of `secrets`, in any of the forms above. */
export function secretsInProfile(profileDir: string, secrets: readonly string[]): ProfileHit[] {
  const forms = secrets
    .filter((s) => s.length >= 8)
    .map((secret) => ({
      secret,
      needles: [...new Set([secret, encodeURIComponent(secret)])].flatMap((text) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]),
    }));
  const hits: ProfileHit[] = [];
  for (const file of filesUnder(profileDir)) {
    if (statSync(file).size === 0) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // a lock file or socket Chromium left behind
    }
    for (const { secret, needles } of forms) {
      if (needles.some((needle) => bytes.includes(needle))) hits.push({ file: relative(profileDir, file), secret: `${secret.slice(0, 10)}…` });
    }
  }
  return hits;
}
