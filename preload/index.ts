/**
 * The sandboxed preload: exposes one typed function per contract channel on `window.tether`.
 * It never exposes ipcRenderer, never passes the IpcRendererEvent on, and imports no runtime code but Electron's.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type DesktopBridge } from '../shared/ipc/channels';

function createBridge(): DesktopBridge {
  const invoke = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [channel, (req: unknown) => ipcRenderer.invoke(channel, req)]),
  ) as unknown as DesktopBridge['invoke'];
  const on = Object.fromEntries(
    EVENT_CHANNELS.map((event) => [
      event,
      (listener: (payload: unknown) => void) => {
        const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
        ipcRenderer.on(event, wrapped);
        return () => {
          ipcRenderer.removeListener(event, wrapped);
        };
      },
    ]),
  ) as unknown as DesktopBridge['on'];
  return Object.freeze({ invoke: Object.freeze(invoke), on: Object.freeze(on) });
}

contextBridge.exposeInMainWorld('tether', createBridge());
