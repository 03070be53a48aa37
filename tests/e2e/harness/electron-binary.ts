import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Where Electron's binary is, or null when it isn't installed. Looks at the files the electron
 * package writes after a download (the same rule as scripts/start.js) instead of
 * `require('electron')`, which would try to download a missing binary.
 */
export function electronBinary(root: string): string | null {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const binary = override
    ? join(override, relative || 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null
  return binary !== null && existsSync(binary) ? binary : null
}
