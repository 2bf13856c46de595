import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl } from '../../../../../main/electron/security/trusted-sender';

describe('trusted renderer URL', () => {
  it('trusts our own page on app://tether', () => {
    expect(isTrustedRendererUrl('app://tether/index.html', undefined)).toBe(true);
    expect(isTrustedRendererUrl('app://tether/index.html#/accounts/42', undefined)).toBe(true);
  });

  it('never trusts file: pages, whatever their path', () => {
    expect(isTrustedRendererUrl('file:///opt/Tether/resources/app.asar/out/renderer/index.html', undefined)).toBe(false);
    expect(isTrustedRendererUrl('file:///home/me/Downloads/evil.html', 'http://localhost:5173')).toBe(false);
  });

  it('compares scheme and host exactly and refuses userinfo and ports', () => {
    for (const url of [
      'app://tether.evil/index.html',
      'app://eviltether/index.html',
      'app://evil/tether/index.html',
      'app://tether@evil/index.html',
      'app://user:pw@tether/index.html',
      'app://tether:1/index.html',
      'apps://tether/index.html',
      'https://tether/index.html',
      'not a url',
      '',
    ]) {
      expect(isTrustedRendererUrl(url, undefined), url).toBe(false);
    }
  });

  it('trusts the dev server origin only when one is given', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173.evil.example/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedRendererUrl('http://a@localhost:5173/', 'http://localhost:5173/')).toBe(false);
  });
});
