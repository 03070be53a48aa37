import { WINDOW_API_NAMES } from '../../shared/api'
import { BINDING_PREFIX } from './harness/binding'
import { expect, test } from './harness/fixtures'
import { BasePage } from './pages/base-page'

interface CallResult {
  readonly ok: boolean
  readonly error?: { readonly code: string }
}
type ApiFunction = (input: unknown) => Promise<CallResult>

test.describe('what the page can reach', () => {
  test.beforeEach(async ({ page }) => {
    await new BasePage(page).goto()
  })

  test('sees no Node globals', async ({ page }) => {
    const globals = await page.evaluate(() => ({
      require: typeof require,
      process: typeof process,
      module: typeof module,
      Buffer: typeof (globalThis as Record<string, unknown>)['Buffer'],
    }))
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
    })
  })

  test('has exactly the contract names on window.api, and no generic invoke', async ({ page }) => {
    const names = await page.evaluate(() =>
      Object.keys((window as unknown as { api: object }).api).sort(),
    )
    expect(names).toEqual([...WINDOW_API_NAMES].sort())
    expect(names).not.toContain('invoke')
    expect(names).not.toContain('ipcRenderer')
  })

  test('refuses file paths made up by the page, without showing a dialog', async ({
    page,
    dialogs,
  }) => {
    const codes = await page.evaluate(async () => {
      const api = (window as unknown as { api: Record<string, ApiFunction> }).api
      const attempts: [string, unknown][] = [
        ['projectOpen', { path: '/etc/passwd' }],
        ['projectSave', { path: '/tmp/evil.loyalty.json' }],
        ['csvImport', { path: '/etc/shadow' }],
        ['csvExport', { text: 'a', suggestedName: 'x.csv', path: '/tmp/x.csv' }],
        ['exportOpenFile', { path: '/bin/sh' }],
      ]
      const codes: string[] = []
      for (const [name, input] of attempts) {
        const call = api[name]
        const result = call ? await call(input) : null
        codes.push(result?.error?.code ?? 'ACCEPTED')
      }
      return codes
    })
    expect(codes).toEqual(Array(5).fill('INVALID_INPUT'))
    expect(dialogs.shown).toEqual([])
  })

  test('refuses calls from a frame other than the app page', async ({ page }) => {
    const outcome = await page.evaluate(async (binding) => {
      const frame = document.createElement('iframe')
      frame.srcdoc = '<p>embedded</p>'
      const loaded = new Promise((resolve) => {
        frame.addEventListener('load', resolve)
      })
      document.body.append(frame)
      await loaded
      const call = (frame.contentWindow as unknown as Record<string, ApiFunction | undefined>)[
        binding
      ]
      const result = call ? await call({}) : null
      frame.remove()
      return result ? (result.error?.code ?? 'ALLOWED') : 'NO_BINDING'
    }, `${BINDING_PREFIX}recent:list`)
    expect(outcome).toBe('FORBIDDEN_SENDER')
  })
})
