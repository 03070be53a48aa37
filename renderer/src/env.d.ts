import type { WindowApi } from '../../shared/api'

declare global {
  interface Window {
    /** The main process's functions, one per contract channel (see shared/api/contract.ts). */
    readonly api: WindowApi
  }
}
