/** The app-wide security setup, in the two steps Electron allows: before `ready`, and once it is ready. */
import { app, session } from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { rendererDevServerUrl } from './dev-server';
import { hardenSession } from './session-hardening';
import { isTrustedRendererUrl } from './trusted-sender';

export interface AppSecurity {
  /** The dev server to load instead of app://tether, only ever set in an unpackaged run. */
  readonly devServerUrl: string | undefined;
  /** Call first thing in `whenReady`: hardens the default session and serves app://. */
  onReady(): void;
}

/** Call synchronously at startup, before `ready`: the scheme must be privileged before then. */
export function hardenApp(env: NodeJS.ProcessEnv = process.env): AppSecurity {
  const devServerUrl = rendererDevServerUrl(app.isPackaged, env);
  const isOwnPage = (url: string): boolean => isTrustedRendererUrl(url, devServerUrl);
  registerAppScheme();
  // Every session created later (an OAuth partition, say) gets the same handlers without anyone remembering to.
  app.on('session-created', (created) => hardenSession(created, isOwnPage));
  return {
    devServerUrl,
    onReady() {
      hardenSession(session.defaultSession, isOwnPage);
      serveAppProtocol();
    },
  };
}
