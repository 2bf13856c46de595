import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppRequestHandler } from '../../../../../main/electron/security/app-request';
import { RENDERER_CSP } from '../../../../../main/electron/security/content-security-policy';

let dir: string;
let handle: (request: Request) => Promise<Response>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-app-protocol-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tether</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  // Next to the renderer folder, not in it: nothing may reach these.
  writeFileSync(join(dir, 'secret.txt'), 'token');
  mkdirSync(join(dir, 'renderer-evil'));
  writeFileSync(join(dir, 'renderer-evil', 'x.js'), 'alert(1)');
  handle = createAppRequestHandler(root);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// request handler', () => {
  it('serves the page and its assets with their types, the CSP and nosniff', async () => {
    const page = await get('app://tether/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Tether</title>');
    const script = await get('app://tether/assets/index-abc.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://tether/assets/index-abc.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 405 to anything but GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await get('app://tether/index.html', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
  });

  it('never serves a file outside the renderer folder, however the path is written', async () => {
    for (const url of [
      'app://tether/../secret.txt',
      'app://tether/%2e%2e/secret.txt',
      'app://tether/..%2fsecret.txt',
      'app://tether/%2e%2e%2fsecret.txt',
      'app://tether/assets/..%2f..%2fsecret.txt',
      'app://tether/..%5csecret.txt',
      'app://tether/..%2frenderer-evil%2fx.js',
      `app://tether/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      'app://tether/index.html%00.js',
      'app://tether/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('token');
    }
  });

  it('answers 404 for folders, missing files and other hosts', async () => {
    for (const url of ['app://tether/', 'app://tether/assets', 'app://tether/missing.js', 'app://evil/index.html', 'app://tether:1/index.html']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});

describe('renderer CSP', () => {
  it('header and index.html meta tag carry the same policy, and only the header forbids framing', () => {
    const html = readFileSync(resolve(__dirname, '../../../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .sort();
    expect(meta).toBeDefined();
    expect(directives(RENDERER_CSP)).toEqual(directives(`${meta ?? ''}; frame-ancestors 'none'`));
    expect(RENDERER_CSP).toContain("script-src 'self'");
  });
});
