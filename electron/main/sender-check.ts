import { isAppUrl } from './navigation'

/** What the sender check needs of Electron's `WebFrameMain`. */
export interface FrameLike {
  readonly url: string
  readonly parent: FrameLike | null
}

export type SenderCheck = (frame: FrameLike | null) => boolean

/**
 * Builds the check every IPC call passes: the sender must be the top frame of our window showing
 * our own page. A null frame (navigated away or destroyed), a sub-frame or a foreign page is
 * refused, so content that somehow got into the window can't call the handlers.
 */
export function createSenderCheck(appUrl: string): SenderCheck {
  return (frame) => frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl)
}
