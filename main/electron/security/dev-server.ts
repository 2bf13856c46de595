/** Which Vite dev server (if any) the window loads instead of the built renderer. */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * ELECTRON_RENDERER_URL, honoured only in an unpackaged (development) run and only for http(s) on loopback: a
 * packaged app must never load, or trust with IPC, a page named by its environment.
 */
export function rendererDevServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return web && !url.username && !url.password && LOOPBACK.has(url.hostname) ? url.href : undefined;
}
