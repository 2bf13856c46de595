/** Copies text to the system clipboard through the standard web API (no Electron: it works in both transports). */

/** Writes `text` to the clipboard; false when the page isn't allowed to or the API is missing. */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
