#!/usr/bin/env node
// `npm start`: builds the app if needed, then starts it with Electron's binary. Where that binary
// isn't installed (it can't be downloaded on every machine), says so in one line instead of
// letting `require('electron')` try a download that fails or hangs.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const NO_BINARY =
  "Electron's binary is not installed on this machine; run the UI in a browser with `npm run test:e2e` or install Electron with network access (npx electron --version)."

const BUNDLES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']

/** Where Electron's binary is, without `require('electron')`, which downloads it when missing. */
function electronBinary() {
  let packageDir
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const binary = join(override, relative || 'electron')
    return existsSync(binary) ? binary : null
  }
  if (!relative) return null
  const binary = join(packageDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

function build() {
  console.log('Building Loyalty Workshop (first start)…')
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function main() {
  if (BUNDLES.some((file) => !existsSync(join(root, file)))) build()
  const binary = electronBinary()
  if (!binary) {
    console.error(NO_BINARY)
    process.exit(1)
  }
  const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  child.on('error', () => {
    console.error(NO_BINARY)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    process.exit(signal ? 1 : (code ?? 0))
  })
}

main()
