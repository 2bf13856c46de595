/** `tether classify`: classifies one provider response body (from a file or stdin) and prints one JSON line. */
import { parseArgs } from 'node:util';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/domain/provider-id';
import type { Classification } from '../../core/reasons/classification';
import { classify } from '../../core/reasons/classify';
import { type CliCommand, type CliIo, UsageError } from '../cli-command';
import { CappedReadError, readFileCapped } from '../../core/paths/read-capped-file';
import { jsonForTerminal } from '../terminal-text';

/** Provider error bodies are a few KB; anything this large is not one. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** The JSON line, every field always present and in a fixed order, so scripts can rely on its shape. */
export function toClassifyOutput(c: Classification): Record<string, unknown> {
  return {
    reason: c.reason,
    permanent: c.permanent,
    reconnectFixes: c.reconnectFixes,
    retryAfterMs: c.retryAfterMs,
    rateLimit: c.rateLimit ?? null,
    ambiguous: c.ambiguous ?? false,
    suspectedReason: c.suspectedReason ?? null,
    appConfigProblem: c.appConfigProblem ?? false,
    provider: {
      code: c.provider.code,
      subcode: c.provider.subcode,
      type: c.provider.type,
      message: c.provider.message,
      traceId: c.provider.traceId,
    },
  };
}

function parseProvider(value: string | undefined): ProviderId {
  if (value === undefined) throw new UsageError(`--provider is required: one of ${PROVIDER_IDS.join(', ')}`);
  const provider = PROVIDER_IDS.find((id) => id === value);
  if (!provider) throw new UsageError(`unknown provider "${value}": use one of ${PROVIDER_IDS.join(', ')}`);
  return provider;
}

function parseStatus(value: string): number {
  const status = /^\d{3}$/.test(value) ? Number(value) : NaN;
  if (!(status >= 100 && status <= 599)) throw new UsageError(`--status must be an HTTP status from 100 to 599, not "${value}"`);
  return status;
}

function parseHeaders(values: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const raw of values) {
    const colon = raw.indexOf(':');
    const name = colon > 0 ? raw.slice(0, colon).trim().toLowerCase() : '';
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) throw new UsageError(`--header must look like 'Name: value', not "${raw}"`);
    headers[name] = raw.slice(colon + 1).trim();
  }
  return headers;
}

async function readStdin(io: CliIo): Promise<string> {
  if ('isTTY' in io.stdin && io.stdin.isTTY === true) throw new UsageError('give a FILE, or pipe a response body on stdin');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError('the input is larger than 5 MB; a response body is a few KB');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return readStdin(io);
  // Capped while reading: `classify /dev/zero` or a FIFO that never ends is refused, not read forever.
  try {
    return readFileCapped(file, MAX_INPUT_BYTES).toString('utf8');
  } catch (error) {
    if (!(error instanceof CappedReadError)) throw error;
    if (error.kind === 'too_large') throw new UsageError(`"${file}" is larger than 5 MB; a response body is a few KB`);
    throw new UsageError(`cannot read "${file}": ${error.message}`);
  }
}

/** The `classify` sub-command. */
export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'explain one Facebook, Instagram or X response: which reason, and what it means',
  usage: [
    "Usage: tether classify --provider facebook|instagram|twitter [--status N] [--header 'Name: value']... [FILE]",
    '',
    'Reads one response body from FILE (or stdin, or FILE "-") and prints one JSON line:',
    '  {"reason", "permanent", "reconnectFixes", "retryAfterMs", "rateLimit", "ambiguous",',
    '   "suspectedReason", "appConfigProblem", "provider": {"code", "subcode", "type", "message", "traceId"}}',
    'The body may be JSON, HTML or plain text; a body that is not JSON is classified by status and headers.',
    '',
    '  --provider NAME      the network that sent the response: facebook, instagram or twitter',
    '  --status N           the HTTP status it came with; without it the status is unknown and the body',
    '                       decides alone (an X problem body\'s own "status" field counts)',
    "  --header 'N: v'      a response header; repeat for several (X-App-Usage, X-Business-Use-Case-Usage,",
    '                       x-rate-limit-reset, Retry-After… give the retry time)',
    '',
    'Exit codes: 0 when the body was read and classified; 2 for bad options, a missing file or empty input.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { provider: { type: 'string' }, status: { type: 'string' }, header: { type: 'string', multiple: true } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) throw new UsageError(`give one FILE at most, not ${positionals.length}`);
    const provider = parseProvider(values.provider);
    const explicitStatus = values.status === undefined ? null : parseStatus(values.status);
    const headers = parseHeaders(values.header ?? []);
    const body = await readInput(positionals[0], io);
    if (body.trim() === '') throw new UsageError('the input is empty: give the response body to classify');
    // No --status: unknown, not 200. The classifier reads the body on its own merits.
    const classification = classify(provider, { status: explicitStatus, headers, body }, { now: Date.now() });
    io.stdout.write(`${jsonForTerminal(toClassifyOutput(classification))}\n`);
    return 0;
  },
};
