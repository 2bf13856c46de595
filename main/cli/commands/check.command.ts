/**
 * `tether check`: one sweep of checks, headless, against the configured data folder. For cron and monitoring:
 * exit 0 when nothing needs the user, 1 when any account needs the user, 2 on errors.
 */
import { parseArgs } from 'node:util';
import type { AccountView } from '../../../shared/domain/account-view';
import type { AccountId } from '../../../shared/domain/ids';
import { needsUser } from '../../../shared/domain/account-status';
import { PROVIDER_NAMES } from '../../../shared/domain/provider-id';
import { formatExpiry, NEVER_EXPIRES } from '../../../shared/reasons/countdown';
import { openTetherCore } from '../../core/app/tether-core';
import type { CliCommand } from '../cli-command';
import { UsageError } from '../cli-command';
import { DATA_DIR_HELP, resolveDataDir } from '../data-dir-option';
import { NETWORK_ORIGIN_HELP, networkEndpoints } from '../network-origin-option';
import { untilStopped } from '../stop-signals';
import { databaseRecovered, recoveredMessage } from '../database-recovered';
import { jsonForTerminal, terminalLine } from '../terminal-text';
import { noticeLines, settingsNoticeLine } from '../status-notices';

function expiresText(account: AccountView, now: number): string {
  if (account.expiresAt === null) {
    if (account.status !== 'connected' && account.status !== 'expiring') return '-';
    // X access tokens last two hours and Tether refreshes them; the refresh token's own lifetime isn't published.
    return account.provider === 'twitter' ? 'renews itself' : NEVER_EXPIRES;
  }
  return formatExpiry(account.expiresAt, now);
}

/** A plain-text table, columns padded to their widest cell; names from the networks can't steer the terminal. */
export function formatTable(accounts: readonly AccountView[], now: number): string {
  const rows = [
    ['ACCOUNT', 'NETWORK', 'STATUS', 'REASON', 'EXPIRES'],
    ...accounts.map((a) => [a.handle ? `${a.name} (${a.handle})` : a.name, PROVIDER_NAMES[a.provider], a.status, a.reason ?? '-', expiresText(a, now)]),
  ].map((row) => row.map(terminalLine));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return `${rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check every connection now and print a table (exit 1 when any needs you)',
  usage: [
    'Usage: tether check [--json] [--account ID] [--data-dir DIR]',
    '',
    'Runs one round of checks against the networks and prints each account: network, status, reason, expiry.',
    'Exit code: 0 when no account needs you, 1 when any needs reconnecting or your action, 2 on errors',
    '(for example a locked keychain, which leaves Tether unable to read its logins, or a damaged database that',
    'was moved aside), 130 or 143 when stopped by Ctrl+C or SIGTERM.',
    '',
    '  --json           one JSON document instead of the table',
    '  --account ID     check and show only this account (its whole login is checked)',
    DATA_DIR_HELP,
    NETWORK_ORIGIN_HELP,
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, account: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    const endpoints = networkEndpoints(io.env);
    const startedAt = Date.now();
    const core = await openTetherCore({ dataDir: resolveDataDir(values['data-dir'], io.env), endpoints });
    try {
      const accountId = values.account as AccountId | undefined;
      if (accountId && !core.accounts.list().some((a) => a.id === accountId))
        throw new UsageError(`no account with id "${accountId}" (see \`tether check --json\` for ids)`);
      const status = await core.status.status();
      if (status.keychain.kind !== 'ok') throw new Error(`the keychain is ${status.keychain.kind}: ${status.keychain.detail ?? ''}`.trim());
      // Logins whose saved tokens can't be read, settings this run repaired: news for whoever reads cron's mail.
      const settingsLine = settingsNoticeLine(core.settings.notice, startedAt);
      for (const line of [...noticeLines(status), ...(settingsLine ? [settingsLine] : [])]) io.stderr.write(`tether check: ${terminalLine(line)}\n`);
      // Ctrl+C or SIGTERM: stop waiting for the networks; `finally` closes the database (the CLI exits 130/143).
      if ((await untilStopped(core.validation.checkNow(accountId ? { accountId } : {}), io.stopSignal)).stopped) {
        io.stderr.write('tether check: stopped before the checks finished.\n');
        return 2;
      }
      const accounts = core.accounts.list().filter((a) => !accountId || a.id === accountId);
      const now = Date.now();
      const recovered = databaseRecovered(status);
      if (values.json) io.stdout.write(`${jsonForTerminal({ checkedAt: now, accounts, ...(recovered ? { databaseRecovered: recovered } : {}) })}\n`);
      else if (accounts.length > 0) io.stdout.write(formatTable(accounts, now));
      else if (!recovered) io.stdout.write('No accounts are connected yet.\n');
      if (recovered) {
        // The accounts lived in the damaged file: an empty list now says nothing about them. That is an error.
        io.stderr.write(`tether check: ${recoveredMessage(recovered)}\n`);
        return 2;
      }
      return accounts.some((a) => needsUser(a.status)) ? 1 : 0;
    } finally {
      core.close();
    }
  },
};
