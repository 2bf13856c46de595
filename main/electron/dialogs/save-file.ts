/** The desktop's "Save as…" for History exports: the native dialog, then a stream into the chosen file. */
import { dialog, type BrowserWindow } from 'electron';
import { createWriteStream } from 'node:fs';
import type { HandlerPlatform } from '../../core/ipc/handlers';

/** A saveFile for the handlers, attached to the window (so the dialog is modal to it). */
export function saveFileDialog(window: () => BrowserWindow | undefined): NonNullable<HandlerPlatform['saveFile']> {
  return async (suggestedName) => {
    const parent = window();
    const options = {
      defaultPath: suggestedName,
      filters: [{ name: suggestedName.endsWith('.csv') ? 'CSV' : 'JSON', extensions: [suggestedName.split('.').pop() ?? 'csv'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    return { path: choice.filePath, out: createWriteStream(choice.filePath) };
  };
}
