import type { HostApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Installed by the Electron preload; absent in the browser host (see host/host-api.ts). */
    api?: HostApi;
  }
}
