/**
 * `tether history`: streams the connection history (events, or daily uptime with --uptime) as CSV or JSON to
 * stdout, for any filter. Reads the same data folder as the app; the export waits whenever stdout is full.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CliCommand, CliIo } from '../cli-command';
import { UsageError } from '../cli-command';
import { untilStopped } from '../stop-signals';
import { sanitizeLinesForTerminal, terminalLine } from '../terminal-text';
import { settingsNoticeLine } from '../status-notices';
import { createLogger } from '../../core/logging/create-logger';
import { DATA_DIR_HELP, resolveDataDir } from '../data-dir-option';
import { DATABASE_FILE, openHistoryDatabase } from '../../core/history/database';
import { BadDateError, parseDateInput } from '../../core/history/date-input';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/history/export/export-format';
import type { HistoryFilter } from '../../core/history/history-filter';
import { HistoryService, observationHorizonMs } from '../../core/history/history.service';
import { openSettingsStore } from '../../core/settings/open-settings-store';
import { systemClock } from '../../core/kernel/clock';
import { HISTORY_EVENT_KINDS, type HistoryEventKind } from '../../../shared/domain/history-event';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/domain/provider-id';

const USAGE = [
  'Usage: tether history [--account ID] [--network NAME] [--since DATE] [--until DATE] [--kind KIND]...',
  '                      [--uptime] [--format csv|json] [--data-dir DIR]',
  '',
  'Writes the connection history to stdout, oldest first: every event (checks, status changes, refreshes,',
  'reconnects, disconnects, expiry warnings, permission drift), or with --uptime one row per account per day.',
  'JSON is one array; CSV has a header row. Nothing in the data folder is changed, except that a damaged',
  'database is moved aside (as the app does).',
  '',
  '  --account ID     one account (its own events and those of its login)',
  `  --network NAME   one network: ${PROVIDER_IDS.join(', ')}`,
  '  --since DATE     from this moment: YYYY-MM-DD (a UTC day) or an ISO time such as 2026-11-28T08:30:00Z',
  '  --until DATE     up to this moment; a bare day is included whole',
  `  --kind KIND      only these kinds (repeat, or separate with commas): ${HISTORY_EVENT_KINDS.join(', ')}`,
  '  --uptime         daily uptime per account instead of events',
  '  --format F       csv (default) or json',
  DATA_DIR_HELP,
  '',
  'Exit code: 0 when the history was written; 2 on errors, a damaged database among them (nothing is exported).',
].join('\n');

/** The filter the flags describe, checked. */
export function historyFilter(values: { account?: string; network?: string; since?: string; until?: string; kind?: string[] }): HistoryFilter {
  const date = (text: string | undefined, edge: 'start' | 'end'): number | undefined => {
    if (text === undefined) return undefined;
    try {
      return parseDateInput(text, edge);
    } catch (error) {
      if (error instanceof BadDateError) throw new UsageError(`--${edge === 'start' ? 'since' : 'until'}: ${error.message}`);
      throw error;
    }
  };
  const since = date(values.since, 'start');
  const until = date(values.until, 'end');
  if (since !== undefined && until !== undefined && since >= until) throw new UsageError('--since must be before --until');
  if (values.network !== undefined && !(PROVIDER_IDS as readonly string[]).includes(values.network)) {
    throw new UsageError(`--network must be one of ${PROVIDER_IDS.join(', ')}, not "${values.network}"`);
  }
  const kinds = (values.kind ?? [])
    .flatMap((k) => k.split(','))
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const unknown = kinds.find((k) => !(HISTORY_EVENT_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new UsageError(`unknown --kind "${unknown}": use ${HISTORY_EVENT_KINDS.join(', ')}`);
  return {
    ...(values.account !== undefined ? { accountId: values.account } : {}),
    ...(values.network !== undefined ? { provider: values.network as ProviderId } : {}),
    ...(kinds.length > 0 ? { kinds: kinds as HistoryEventKind[] } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  };
}

/**
 * stdout as a Writable: process.stdout already is one; a captured stream (tests) is wrapped. On a terminal, the
 * names in the history (from the networks) are shown with their control characters escaped; a file or a pipe
 * gets the data as it is.
 */
function writableOf(stdout: CliIo['stdout']): Writable {
  const terminal = 'isTTY' in stdout && stdout.isTTY === true;
  if (stdout instanceof Writable && !terminal) return stdout;
  const write = (text: string, done: () => void): void => {
    if (stdout instanceof Writable) stdout.write(text, done);
    else {
      stdout.write(text);
      done();
    }
  };
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      const text = chunk.toString();
      write(terminal ? sanitizeLinesForTerminal(text) : text, () => done());
    },
  });
}

export const historyCommand: CliCommand = {
  name: 'history',
  summary: 'export the connection history or daily uptime as CSV or JSON',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        account: { type: 'string' },
        network: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        kind: { type: 'string', multiple: true },
        uptime: { type: 'boolean' },
        format: { type: 'string', default: 'csv' },
        'data-dir': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be csv or json, not "${values.format}"`);
    if (values.uptime && values.kind !== undefined) throw new UsageError('--kind applies to events, not to --uptime');
    const filter = historyFilter(values);
    const dataDir = resolveDataDir(values['data-dir'], io.env);
    if (!existsSync(join(dataDir, DATABASE_FILE))) throw new UsageError(`no Tether history in ${dataDir} (is --data-dir right?)`);
    const { db, recovered } = openHistoryDatabase({ dataDir });
    if (recovered) {
      // The history was in the damaged file: an empty export would read as "nothing happened". That is an error.
      db.close();
      io.stderr.write(
        `tether history: the history database was damaged, so it was moved aside to ${recovered.path} (nothing was deleted) and a new, empty one was started; nothing was exported.\n`,
      );
      return 2;
    }
    const format = values.format as ExportFormat;
    const out = writableOf(io.stdout);
    try {
      // The same service and observation horizon as the app, so the CLI's uptime matches the dashboard's.
      const startedAt = Date.now();
      const settingsStore = openSettingsStore({ dataDir, log: createLogger('settings') });
      const settingsLine = settingsNoticeLine(settingsStore.notice, startedAt);
      if (settingsLine) io.stderr.write(`tether history: ${terminalLine(settingsLine)}\n`);
      const settings = settingsStore.get();
      const history = new HistoryService(db, { clock: systemClock, horizonMs: observationHorizonMs(settings.checkIntervalMinutes) });
      const exporting = values.uptime ? history.exportUptime(filter, format, out) : history.exportEvents(filter, format, out);
      // Ctrl+C or SIGTERM mid-export: stop; `finally` closes the database (the CLI exits 130/143).
      return (await untilStopped(exporting, io.stopSignal)).stopped ? 2 : 0;
    } catch (error) {
      // The reader went away (`tether history | head`): what it wanted was written.
      if ((error as { code?: unknown }).code === 'EPIPE') return 0;
      throw error;
    } finally {
      db.close();
    }
  },
};
