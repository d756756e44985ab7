import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only door to the service: one typed call, menu events, and native file dialogs.
// Payloads are validated by the service (shared/api/contract.ts) before any handler runs.
contextBridge.exposeInMainWorld('rbw', {
  call: (name: string, input: unknown) => ipcRenderer.invoke('rbw:call', name, input),
  pickPath: (kind: string) => ipcRenderer.invoke('rbw:pick-path', kind),
  onMenu: (listener: (action: unknown) => void) => {
    ipcRenderer.on('rbw:menu', (_event, action: unknown) => listener(action));
  },
});
