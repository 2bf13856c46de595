/** The desktop app's own flags: --data-dir and --demo, Chromium's ignored, and an empty --data-dir refused. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { LaunchOptionError, readLaunchOptions } from '../../../../../main/electron/app-lifecycle/launch-options';

describe('readLaunchOptions', () => {
  it('reads --data-dir and --demo and ignores Chromium switches', () => {
    expect(readLaunchOptions(['--data-dir', '/tmp/x', '--demo', '--enable-logging'])).toEqual({ dataDir: '/tmp/x', demo: true });
    expect(readLaunchOptions(['--data-dir=rel/dir'])).toEqual({ dataDir: resolve('rel/dir'), demo: false });
    expect(readLaunchOptions(['.'])).toEqual({ dataDir: undefined, demo: false });
  });

  it.each([[['--data-dir', '']], [['--data-dir=']], [['--data-dir', '   ']], [['--data-dir']]])(
    'refuses %j rather than quietly using the folder it was started in',
    (argv) => {
      expect(() => readLaunchOptions(argv)).toThrow(LaunchOptionError);
      expect(() => readLaunchOptions(argv)).toThrow(/--data-dir/);
    },
  );
});
