// Keeps the real-payload corpus honest: batch 2's split is the one its rule gives (corpus-split.ts), later batches
// are held out whole, each batch's payloads are new (no body or source of an earlier batch again), each says why it
// expects its reason, and no source still held out is cited anywhere in the app's code (a rule written for a
// held-out payload would cite it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldOutSources, sourceKey } from '../../../../fixtures/provider-responses/corpus-split';
import { loadCorpus } from '../../../../fixtures/provider-responses/load-corpus';

const corpus = loadCorpus();
const batch1 = corpus.filter((item) => item.batch === 1);
const batch2 = corpus.filter((item) => item.batch === 2);
const batch3 = corpus.filter((item) => item.batch === 3);
const batch4 = corpus.filter((item) => item.batch === 4);
const newItems = [...batch2, ...batch3, ...batch4];

/** A body for comparison: parsed where it is JSON, keys sorted, the per-request fbtrace_id left out. */
function comparable(body: unknown): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).filter(([key]) => key !== 'fbtrace_id');
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, inner]) => [key, strip(inner)]));
  };
  if (typeof body !== 'string') return JSON.stringify(strip(body));
  try {
    return JSON.stringify(strip(JSON.parse(body)));
  } catch {
    return body.trim();
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the real-payload corpus', () => {
  it('has at least 50 new payloads in batch 2, and fresh held-out batches 3 and 4', () => {
    expect(batch2.length).toBeGreaterThanOrEqual(50);
    expect(batch3.length).toBeGreaterThanOrEqual(20);
    expect(batch4.length).toBeGreaterThanOrEqual(20);
  });

  it('held batch 3 out whole (since scored once and spent)', () => {
    for (const item of batch3) expect(item.split, item.file).toBe('spent');
  });

  it('holds batch 4 out whole', () => {
    for (const item of batch4) expect(item.split, item.file).toBe('heldout');
  });

  it('split batch 2 by its recorded rule, holding out at least a third (since scored once and spent)', () => {
    const held = heldOutSources(batch2.map((item) => item.source));
    for (const item of batch2) expect(item.split, item.file).toBe(held.has(sourceKey(item.source)) ? 'spent' : 'dev');
    expect(batch2.filter((item) => item.split === 'spent').length * 3).toBeGreaterThanOrEqual(batch2.length);
  });

  it('takes each batch from new sources and new bodies only', () => {
    for (const [batch, earlier] of [
      [batch2, batch1],
      [batch3, [...batch1, ...batch2]],
      [batch4, [...batch1, ...batch2, ...batch3]],
    ] as const) {
      const oldSources = new Set(earlier.map((item) => sourceKey(item.source)));
      const oldBodies = new Map(earlier.map((item) => [comparable(item.body), item.file]));
      for (const item of batch) {
        expect(oldSources.has(sourceKey(item.source)), item.file).toBe(false);
        expect(oldBodies.get(comparable(item.body)), item.file).toBeUndefined();
      }
    }
  });

  it('says for every new payload why it expects its reason', () => {
    for (const item of newItems) expect(item.note?.trim().length ?? 0, item.file).toBeGreaterThan(20);
  });

  it('never cites a held-out source in the app', () => {
    const code = sourceFiles(resolve(__dirname, '../../../../../main'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const heldOut = new Set(corpus.filter((item) => item.batch > 1 && item.split === 'heldout').map((item) => sourceKey(item.source)));
    for (const url of heldOut) {
      const match = /github\.com\/([^/]+\/[^/]+)\/(?:issues|pull)\/(\d+)/.exec(url);
      const cited = match ? [url, `${match[1]}#${match[2]}`] : [url];
      for (const form of cited) expect(code.includes(form), `${form} is held out`).toBe(false);
    }
  });
});
