import { describe, expect, it } from 'vitest';
import { rendererDevServerUrl } from '../../../../../main/electron/security/dev-server';

const env = (url: string | undefined): NodeJS.ProcessEnv => ({ ELECTRON_RENDERER_URL: url });

describe('ELECTRON_RENDERER_URL', () => {
  it('is used in a development (unpackaged) run', () => {
    expect(rendererDevServerUrl(false, env('http://localhost:5173'))).toBe('http://localhost:5173/');
    expect(rendererDevServerUrl(false, env('http://127.0.0.1:5173/'))).toBe('http://127.0.0.1:5173/');
    expect(rendererDevServerUrl(false, env(undefined))).toBeUndefined();
  });

  it('is ignored in a packaged app', () => {
    expect(rendererDevServerUrl(true, env('http://localhost:5173'))).toBeUndefined();
  });

  it('is ignored unless it is http(s) on loopback, even in development', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/index.html', 'http://user@localhost:5173/', 'http://localhost.evil.example/', 'nonsense']) {
      expect(rendererDevServerUrl(false, env(url)), url).toBeUndefined();
    }
  });
});
