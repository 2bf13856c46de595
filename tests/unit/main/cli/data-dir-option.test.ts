/** An empty --data-dir or $TETHER_DATA_DIR is a mistake (an unset shell variable), never "the default folder". */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { resolveDataDir } from '../../../../main/cli/data-dir-option';
import { UsageError } from '../../../../main/cli/cli-command';

describe('resolveDataDir', () => {
  it.each(['', '   '])('refuses --data-dir %j with a usage error', (value) => {
    expect(() => resolveDataDir(value, {})).toThrow(UsageError);
    expect(() => resolveDataDir(value, {})).toThrow(/--data-dir is empty/);
  });

  it.each(['', ' '])('refuses TETHER_DATA_DIR=%j with a usage error', (value) => {
    expect(() => resolveDataDir(undefined, { TETHER_DATA_DIR: value })).toThrow(/TETHER_DATA_DIR is set but empty/);
  });

  it('lets a non-empty --data-dir win over an empty TETHER_DATA_DIR', () => {
    expect(resolveDataDir('d', { TETHER_DATA_DIR: '' })).toBe(resolve('d'));
  });
});
