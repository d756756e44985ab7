import { contextBridge, ipcRenderer } from 'electron';
import type { MenuAction, PickKind, RbwBridge } from '../shared/api/bridge';
import type { Envelope } from '../shared/api/envelope';

// The renderer's only door to the service: one typed call, menu events, and native file dialogs.
// Payloads are validated by the service (shared/api/contract.ts) before any handler runs.
const bridge = {
  call: (name: string, input: unknown) => ipcRenderer.invoke('rbw:call', name, input) as Promise<Envelope>,
  pickPath: (kind: PickKind) => ipcRenderer.invoke('rbw:pick-path', kind) as Promise<string | null>,
  onMenu: (listener: (action: MenuAction) => void) => {
    ipcRenderer.on('rbw:menu', (_event, action: MenuAction) => listener(action));
  },
} satisfies RbwBridge;

contextBridge.exposeInMainWorld('rbw', bridge);
