import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createHandlers } from '../../electron/services/handlers'
import { systemClock } from '../../electron/services/ports'
import type { Harness } from './harness'

const PROBES = join(import.meta.dirname, 'probes.js')
const VIEWPORT = { width: 1280, height: 860 }

/** An app page in its own browser context, bound to the real services. */
export interface AppSession {
  readonly page: Page
  readonly context: BrowserContext
  /** Opens a project file through the start screen's open dialog; the time until the workspace shows. */
  open(path: string): Promise<number>
  /** CPU time the page's main thread has used so far, in milliseconds (DevTools' ThreadTime). */
  threadTime(): Promise<number>
}

/** A probe's result and the main thread's CPU time while it ran. */
export interface Measured<T> {
  readonly value: T
  readonly cpuMs: number
}

/** Calls one of the page's measuring aids (see probes.js). */
export async function probe<T>(page: Page, name: string, args: object = {}): Promise<T> {
  return page.evaluate<T>(`window.__lwBench.${name}(${JSON.stringify(args)})`)
}

/** Runs a probe and reads how much CPU time the page's main thread spent meanwhile. */
export async function measuredProbe<T>(
  session: AppSession,
  name: string,
  args: object = {},
): Promise<Measured<T>> {
  const before = await session.threadTime()
  const value = await probe<T>(session.page, name, args)
  return { value, cpuMs: (await session.threadTime()) - before }
}

/**
 * A fresh page on the built renderer: English UI, autosave off (so that no save lands inside a
 * measurement), the measuring aids installed, and `window.api` bound to the real handlers with
 * file dialogs the bench answers.
 */
export async function startSession(
  browser: Browser,
  harness: Harness,
  appUrl: string,
  workDir: string,
): Promise<AppSession> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const dialogs = new harness.ScriptedDialogs()
  const userData = await mkdtemp(join(workDir, 'user-data-'))
  const handlers = createHandlers({
    dialogs,
    shell: new harness.RecordingShell(),
    clock: systemClock,
    paths: { userData },
  })
  await harness.bindWindowApi(page, handlers, appUrl)
  await page.addInitScript(() => {
    localStorage.setItem('loyalty-workshop.ui-language', 'en')
    localStorage.setItem(
      'loyalty-workshop.settings',
      JSON.stringify({ isAutosaveOn: false, autosaveDelaySeconds: 3 }),
    )
  })
  await page.addInitScript({ path: PROBES })
  const devtools = await context.newCDPSession(page)
  await devtools.send('Performance.enable')
  await page.goto(appUrl)
  await page.locator('#root > *').first().waitFor({ timeout: 60_000 })
  return {
    page,
    context,
    async open(path) {
      dialogs.nextOpen(path)
      const start = performance.now()
      await page.getByRole('button', { name: 'Open project…' }).click()
      await page.locator('.workspace').waitFor({ timeout: 180_000 })
      return performance.now() - start
    },
    async threadTime() {
      const { metrics } = await devtools.send('Performance.getMetrics')
      return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000
    },
  }
}
