import { describe, expect, it } from 'vitest'
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../../electron/main/permissions'

// Electron's permission names (session.setPermissionRequestHandler).
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
]

describe('permission requests from the page', () => {
  it.each(PERMISSIONS)('refuses %s', (permission) => {
    const answers: boolean[] = []
    denyPermissionRequest({}, permission, (isGranted) => answers.push(isGranted))
    expect(answers).toEqual([false])
  })

  it('answers every permission check and device request with "not granted"', () => {
    expect(denyPermissionCheck()).toBe(false)
    expect(denyDevicePermission()).toBe(false)
  })
})
