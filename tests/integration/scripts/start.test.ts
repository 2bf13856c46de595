/** `npm start` where the Electron binary can't be installed: one explaining line, a non-zero exit, no stack trace. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const electronDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
const hasBinary = existsSync(join(electronDir, 'path.txt'));

describe('npm start without Electron', () => {
  it.skipIf(hasBinary)('explains itself in one line and points at npm run serve', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/start.cjs')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron binary is not installed/);
    expect(lines[0]).toContain('npm run serve');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tether bin', () => {
  it('prints help with the built CLI', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/tether.cjs'), '--help'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: tether <command>');
    expect(run.stdout).toContain('serve');
  });

  it('serve prints a working private link', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const child = spawn(process.execPath, [join(root, 'bin/tether.cjs'), 'serve', '--data-dir', mkdtempSync(join(tmpdir(), 'tether-bin-'))], { cwd: root });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/#key=\S+/.exec(out);
          if (match) resolveUrl(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const key = new URL(url).hash.replace('#key=', '');
      expect((await fetch(new URL('/session', url), { headers: { Authorization: `Bearer ${key}` } })).status).toBe(204);
      expect((await fetch(new URL('/session', url))).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('serve --demo runs against the simulator in its own data folder', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const base = join(mkdtempSync(join(tmpdir(), 'tether-bin-demo-')), 'data');
    const child = spawn(process.execPath, [join(root, 'bin/tether.cjs'), 'serve', '--demo', '--data-dir', base], { cwd: root });
    try {
      const out = await new Promise<string>((resolveOut, reject) => {
        let text = '';
        child.stdout.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('Press Ctrl+C')) resolveOut(text);
        });
        child.once('exit', (code) => reject(new Error(`serve --demo exited ${code}: ${text}`)));
      });
      expect(out).toContain('Tether is running in demo mode.');
      expect(out).toContain(`Data folder: ${base}-demo`);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
