import { describe, expect, it } from 'vitest';
import { defaultDataDir, demoDataDir } from '../../../../../main/core/paths/data-dir';
import { resolveDataDir } from '../../../../../main/cli/data-dir-option';

describe('data directory', () => {
  it('matches what Electron would pick for userData on each OS', () => {
    expect(defaultDataDir('linux', {}, '/home/dana')).toBe('/home/dana/.config/Tether');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/dana')).toBe('/cfg/Tether');
    expect(defaultDataDir('darwin', {}, '/Users/dana')).toBe('/Users/dana/Library/Application Support/Tether');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, 'C:\\Users\\dana')).toMatch(/Roaming[\\/]Tether$/);
  });

  it('keeps demo data apart from real data', () => {
    expect(demoDataDir('/home/dana/.config/Tether')).toBe('/home/dana/.config/Tether-demo');
    expect(demoDataDir('/data/')).toBe('/data-demo');
    expect(resolveDataDir('/srv/tether', {}, true)).toBe('/srv/tether-demo');
  });

  it('prefers --data-dir, then $TETHER_DATA_DIR', () => {
    expect(resolveDataDir('/a', { TETHER_DATA_DIR: '/b' })).toBe('/a');
    expect(resolveDataDir(undefined, { TETHER_DATA_DIR: '/b' })).toBe('/b');
  });
});
