// The raw messages below are what keytar 7.9 really returned on this machine (see tests/integration/secrets),
// plus the macOS and libsecret prompt texts the mapping is written for.
import { describe, expect, it } from 'vitest';
import { classifyKeychainError, keychainError } from '../../../../../main/core/secrets/keychain-errors';

describe('classifyKeychainError', () => {
  it.each([
    ['Cannot create an item in a locked collection', 'locked'],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'locked'],
    // An item another process deleted a moment earlier (4 processes probing at once): not a lock.
    ['No such interface “org.freedesktop.Secret.Item” on object at path /org/freedesktop/secrets/collection/login/7', 'unavailable'],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login/9”', 'unavailable'],
    ['User interaction is not allowed.', 'locked'],
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'unavailable'],
    ['Could not connect: No such file or directory', 'unavailable'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'unavailable'],
    ['Something nobody has seen before', 'unavailable'],
  ])('%s → %s', (message, kind) => {
    expect(classifyKeychainError(new Error(message)).kind).toBe(kind);
  });

  it('explains a missing D-Bus session in plain words and keeps the raw message', () => {
    const failure = classifyKeychainError(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
    expect(failure.detail).toMatch(/No D-Bus session/);
    expect(failure.detail).toContain('autolaunch');
  });

  it('builds a typed error that keeps the cause', () => {
    const cause = new Error('Cannot create an item in a locked collection');
    const error = keychainError(cause, 'save a secret');
    expect(error.kind).toBe('locked');
    expect(error.message).toMatch(/unlock it to save a secret/);
    expect(error.cause).toBe(cause);
  });

  it('accepts non-Error rejections', () => {
    expect(classifyKeychainError('locked collection').kind).toBe('locked');
    expect(classifyKeychainError(undefined).kind).toBe('unavailable');
  });
});
