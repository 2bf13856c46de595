/**
 * The benchmark's `tether serve`: the same startTetherServe the command runs, on the seeded data folder, with the
 * seeding's tokens held in memory instead of the OS keychain (reading a thousand logins from gnome-keyring is what
 * kept the bench at 1,000 accounts). It lives with the bench and is bundled by it (serve-process.ts), so no build
 * of Tether contains it and no flag of the shipped command can turn it on.
 * Arguments: <data dir> <network origin> <renderer dir>; stdin: the secrets as JSON [keychain account, value][].
 * Prints the private link, as `tether serve` does; SIGINT stops it.
 */
import { startTetherServe } from '../../../main/serve/start-tether-serve';
import { MemorySecretStore } from '../../../main/core/secrets/memory-secret-store';
import { keyOfAccount } from '../../../main/core/secrets/secret-keys';
import { endpointsAt } from '../../../main/core/providers/network-endpoints';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const [dataDir, origin, staticDir] = process.argv.slice(2);
  if (!dataDir || !origin || !staticDir) throw new Error('usage: bench-serve <data dir> <network origin> <renderer dir>');
  const store = new MemorySecretStore();
  for (const [account, value] of JSON.parse(await readStdin()) as [string, string][]) {
    const key = keyOfAccount(account);
    if (key) await store.set(key, value);
  }
  const running = await startTetherServe({ dataDir, staticDir, endpoints: endpointsAt(origin), secrets: { store, health: await store.health() } });
  process.stdout.write(`${running.server.url}\n`);
  process.once('SIGINT', () => void running.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
