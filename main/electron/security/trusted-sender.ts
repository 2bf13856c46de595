/** Decides whether an IPC message comes from our own renderer's main frame (Electron security checklist #17). */

/** The origins our renderer is loaded from: the packaged file, or the dev server in development. */
export function isTrustedRendererUrl(rawUrl: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'file:') return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
