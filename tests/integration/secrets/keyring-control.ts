// Test helpers that drive the private gnome-keyring started by scripts/with-keyring.sh: lock the login
// collection over D-Bus (as a screen lock does) and unlock it over the daemon's control socket (as
// pam_gnome_keyring does at login). Headless unlocking through the Secret Service API needs a GUI prompt.
import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const LOGIN = '/org/freedesktop/secrets/collection/login';

/** Throws unless the test runs inside scripts/with-keyring.sh. */
export function keyringPassword(): string {
  const password = process.env.TETHER_TEST_KEYRING_PASSWORD;
  if (!password || !process.env.DBUS_SESSION_BUS_ADDRESS) {
    throw new Error('Run the integration tests through scripts/with-keyring.sh (npm run test:integration)');
  }
  return password;
}

async function secretService(path: string, method: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.secrets', path, method, ...args]);
  return stdout;
}

/** Locks the login collection (org.freedesktop.Secret.Service.Lock). */
export async function lockLoginCollection(): Promise<void> {
  await secretService('/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', `array:objpath:${LOGIN}`);
}

/** Whether the login collection is locked now. */
export async function isLoginLocked(): Promise<boolean> {
  const out = await secretService(LOGIN, 'org.freedesktop.DBus.Properties.Get', 'string:org.freedesktop.Secret.Collection', 'string:Locked');
  if (/boolean true/.test(out)) return true;
  if (/boolean false/.test(out)) return false;
  throw new Error(`Unexpected answer about the Locked property: ${out}`);
}

/** gnome-keyring control codes (gkd-control-codes.h). */
const OP_UNLOCK = 1;
export type UnlockResult = 'ok' | 'denied' | 'failed' | 'no_daemon';
const RESULTS: readonly UnlockResult[] = ['ok', 'denied', 'failed', 'no_daemon'];

/**
 * Unlocks the login keyring with its password through the daemon's control socket. Wire format (big-endian):
 * one credentials byte, then [packet length][op][password length][password]; the answer is [8][result].
 */
export function unlockLoginCollection(password: string): Promise<UnlockResult> {
  const socketPath = join(process.env.XDG_RUNTIME_DIR ?? '', 'keyring', 'control');
  const secret = Buffer.from(password, 'utf8');
  const packet = Buffer.alloc(12 + secret.length);
  packet.writeUInt32BE(packet.length, 0);
  packet.writeUInt32BE(OP_UNLOCK, 4);
  packet.writeUInt32BE(secret.length, 8);
  secret.copy(packet, 12);
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let answer = Buffer.alloc(0);
    socket.once('connect', () => socket.write(Buffer.concat([Buffer.from([0]), packet])));
    socket.on('data', (chunk: Buffer) => {
      answer = Buffer.concat([answer, chunk]);
      if (answer.length >= 8) {
        socket.end();
        resolve(RESULTS[answer.readUInt32BE(4)] ?? 'failed');
      }
    });
    socket.once('error', reject);
    socket.once('close', () => answer.length < 8 && reject(new Error('The keyring control socket closed without answering')));
  });
}
