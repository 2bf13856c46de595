/** The app:// scheme: registered as privileged before `ready`, served from out/renderer after it. */
import { protocol } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME } from './app-origin';
import { createAppRequestHandler } from './app-request';

/**
 * Before `ready` only. `standard` gives app://tether a real origin (relative URLs, 'self' in the CSP, same-origin
 * module scripts); `secure` makes it a secure context; `supportFetchAPI` lets the page fetch its own assets.
 * No corsEnabled and no bypassCSP: other origins can't read it and our CSP applies.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** The built renderer, next to the main bundle (out/main/index.js → out/renderer). */
export function rendererDir(): string {
  return join(__dirname, '../renderer');
}

/** After `ready`: answers app:// in the default session (the main window's); other sessions don't get it. */
export function serveAppProtocol(root: string = rendererDir()): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
