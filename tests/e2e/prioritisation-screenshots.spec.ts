import { join } from 'node:path'
import type { Language } from '../../shared/domain'
import { test } from './harness/fixtures'
import { PrioritisationPage, type PrioritisationView } from './pages/prioritisation-page'

/**
 * Screenshots of the register, scoring, matrix, ranking, roadmap and coverage in both UI
 * languages, from the example projects, for people to look at. Opt-in: it only makes pictures.
 */
const SHOTS = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
const EXAMPLES: Record<Language, string> = {
  de: 'radhaus-brenner.loyalty.json',
  en: 'meridale-facilities.loyalty.json',
}
const VIEWS: readonly PrioritisationView[] = [
  'initiatives',
  'scoring',
  'matrix',
  'ranking',
  'roadmap',
  'coverage',
]

for (const language of ['de', 'en'] as const) {
  test(`screenshots of prioritisation in ${language}`, async ({ page, dialogs, workspace }) => {
    test.skip(!process.env['SCREENSHOTS'], 'writes pictures only; run with SCREENSHOTS=1')
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 1440, height: 1000 })
    const file = await workspace.copyExample(EXAMPLES[language])
    const app = new PrioritisationPage(page, language)
    await app.start()
    await app.openFromStart(dialogs, file)
    const shot = (name: string, fullPage = true) =>
      page.screenshot({
        path: join(SHOTS, `prioritisation-${language}-${name}.png`),
        fullPage,
      })
    for (const [index, view] of VIEWS.entries()) {
      await app.open(view)
      await shot(`${index + 1}-${view}`)
    }
    await app.open('initiatives')
    await page
      .getByLabel(language === 'de' ? 'Gruppieren nach' : 'Group by')
      .selectOption('quadrant')
    await shot('1b-initiatives-by-quadrant')
    await page.locator('.matrix-chart, .register-row button').first().click()
    await page
      .getByRole('button', { name: language === 'de' ? /Details von/ : /Open details of/ })
      .first()
      .click()
    await shot('1c-detail', false)
    await page.keyboard.press('Escape')
    await app.open('scoring')
    await app.startPrivateEntry()
    await shot('2b-handover', false)
    await page.locator('dialog.private-entry button.primary').click()
    await shot('2c-own-entry', false)
  })
}
