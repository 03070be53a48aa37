import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { WINDOW_API_NAMES } from '../../shared/api'
import { electronBinary } from './harness/electron-binary'

const root = join(import.meta.dirname, '../..')
const mainBundle = join(root, 'out/main/index.js')
const binary = electronBinary(root)

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY'])

/** Why the smoke test can't run here, or null when it can. */
function whySkipped(): string | null {
  if (!binary) return 'Electron binary not installed on this machine; skipped'
  if (!existsSync(mainBundle)) return `${mainBundle} is missing (run \`npm run build\`); skipped`
  if (!hasDisplay) return 'no display for the Electron window (run under xvfb-run); skipped'
  return null
}

const skipReason = whySkipped()
if (skipReason) console.log(`[electron smoke] ${skipReason}`)

test.describe('the desktop app', () => {
  test.skip(skipReason !== null, skipReason ?? '')

  test('opens one window with the app, no Node in the page, and exactly the contract on window.api', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'lw-electron-'))
    // Chromium refuses to start as root without this; the page's own sandbox flag still applies.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [...rootArgs, `--user-data-dir=${userData}`, root],
      cwd: root,
    })
    try {
      const window = await app.firstWindow()
      await expect(window).toHaveTitle(/Loyalty Workshop/)
      await expect(window.locator('#root')).not.toBeEmpty()
      expect(await window.evaluate(() => typeof require)).toBe('undefined')
      expect(await window.evaluate(() => typeof process)).toBe('undefined')
      const names = await window.evaluate(() =>
        Object.keys((window as unknown as { api: object }).api).sort(),
      )
      expect(names).toEqual([...WINDOW_API_NAMES].sort())
      const windowCount = await app.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      )
      expect(windowCount).toBe(1)
    } finally {
      await app.close()
      await rm(userData, { recursive: true, force: true })
    }
  })
})
