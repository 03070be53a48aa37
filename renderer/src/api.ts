import type { WindowApi } from '../../shared/api'

/** The bridge to the main process; the only way the page reaches files. */
export function api(): WindowApi {
  return window.api
}
