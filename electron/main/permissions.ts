/**
 * The app needs no camera, microphone, notifications, geolocation, clipboard-read, HID, serial or
 * any other permission, so every request and every check is refused.
 */

/** For `session.setPermissionRequestHandler`: refuses every request. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (isGranted: boolean) => void,
): void {
  callback(false)
}

/** For `session.setPermissionCheckHandler`: every check answers "not granted". */
export function denyPermissionCheck(): boolean {
  return false
}

/** For `session.setDevicePermissionHandler`: no USB, HID or serial device is ever granted. */
export function denyDevicePermission(): boolean {
  return false
}
