// `tether classify` on every payload of the real-payload corpus, through runCli as a user would call it (the body
// in a file, its status and headers as options): it exits 0 with one JSON line, the same reading classify() gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cli-command';
import { COMMANDS } from '../../../../main/cli/commands';
import { runCli } from '../../../../main/cli/run-cli';
import { classify } from '../../../../main/core/reasons/classify';
import { isTransportFailure } from '../../../../main/core/reasons/provider-response';
import { corpusInput, loadCorpus } from '../../../fixtures/provider-responses/load-corpus';

const dir = mkdtempSync(join(tmpdir(), 'tether-classify-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: Readable.from([]),
    env: {},
    stopSignal: Promise.resolve(),
  };
  const code = await runCli(['classify', ...args], io, COMMANDS);
  return { code, out, err };
}

describe('tether classify on every corpus payload', () => {
  it.each(loadCorpus().map((item) => [item.file, item] as const))('%s', async (_file, item) => {
    const input = corpusInput(item);
    if (isTransportFailure(input)) throw new Error('the corpus holds responses only');
    const path = join(dir, item.file.replace('/', '-'));
    writeFileSync(path, input.body);
    const headers = Object.entries(input.headers).flatMap(([name, value]) => ['--header', `${name}: ${value}`]);
    const status = input.status === null ? [] : ['--status', String(input.status)];
    const result = await cli(['--provider', item.provider, ...status, ...headers, path]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0] ?? '') as { reason: string; permanent: boolean };
    const direct = classify(item.provider, input, { now: Date.now() });
    expect(printed).toMatchObject({ reason: direct.reason, permanent: direct.permanent });
  });
});
