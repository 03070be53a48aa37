import { join } from 'node:path'
import { STEP_IDS, type Language } from '../../shared/domain'
import { expect, test } from './harness/fixtures'
import { WorkshopPage } from './pages/workshop-page'

/**
 * Writes screenshots of every step, normal and in presenter mode, in both UI languages, to
 * test-results/screenshots, for people to look at. Opt-in, since it only produces pictures.
 */
const SHOTS = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'

const EXAMPLES: Record<Language, string> = {
  de: 'radhaus-brenner.loyalty.json',
  en: 'meridale-facilities.loyalty.json',
}

for (const language of ['de', 'en'] as const) {
  test(`screenshots of every step in ${language}`, async ({ page, dialogs, workspace }) => {
    test.skip(!process.env['SCREENSHOTS'], 'writes pictures only; run with SCREENSHOTS=1')
    test.setTimeout(600_000)
    const file = await workspace.copyExample(EXAMPLES[language])
    await page.clock.install()
    const app = new WorkshopPage(page, language)
    await app.start()
    await app.openFromStart(dialogs, file)
    const shot = (name: string) =>
      page.screenshot({ path: join(SHOTS, `${language}-${name}.png`), fullPage: true })
    for (const [index, step] of STEP_IDS.entries()) {
      await app.goToStep(step)
      await shot(`${index + 1}-${step}`)
      const sections = page.locator('.worksheet-section')
      for (let part = 0; part < (await sections.count()); part++) {
        await sections.nth(part).screenshot({
          path: join(SHOTS, `${language}-${index + 1}-${step}-part-${part + 1}.png`),
        })
      }
    }
    const worksheet = language === 'de' ? 'Arbeitsblatt' : 'Worksheet'
    const next = page.getByRole('button', {
      name: language === 'de' ? 'Nächster Teil' : 'Next part',
    })
    for (const [index, step] of STEP_IDS.entries()) {
      await app.goToStep(step)
      await app.enterPresenterMode()
      await shot(`${index + 1}-${step}-presenter`)
      await page.getByRole('button', { name: worksheet, exact: true }).click()
      await shot(`${index + 1}-${step}-presenter-part-1`)
      for (let part = 2; (await next.isVisible()) && (await next.isEnabled()); part++) {
        await next.click()
        await shot(`${index + 1}-${step}-presenter-part-${part}`)
      }
      await app.leavePresenterMode()
    }
    await page
      .getByRole('button', { name: language === 'de' ? 'Themenspeicher' : 'Parking lot' })
      .first()
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await shot('parking-lot-capture')
    await page.keyboard.press('Escape')
    const parkingLot = language === 'de' ? 'Themenspeicher' : 'Parking lot'
    await page
      .getByRole('navigation')
      .getByRole('button', { name: parkingLot, exact: true })
      .click()
    await shot('parking-lot')
    const timer = page.locator('.step-timer')
    await timer.getByRole('textbox').fill('1')
    await timer.getByRole('button').first().click()
    await page.clock.fastForward('00:25')
    await page.locator('.topbar').screenshot({ path: join(SHOTS, `${language}-timer-running.png`) })
    await page.clock.fastForward('00:40')
    await expect(timer.getByRole('status')).not.toBeEmpty()
    await page.locator('.topbar').screenshot({ path: join(SHOTS, `${language}-timer-ended.png`) })
  })
}

for (const language of ['de', 'en'] as const) {
  test(`screenshot of the export dialog in ${language}`, async ({ page, dialogs, workspace }) => {
    test.skip(!process.env['SCREENSHOTS'], 'writes pictures only; run with SCREENSHOTS=1')
    const file = await workspace.copyExample(EXAMPLES[language])
    const app = new WorkshopPage(page, language)
    await app.start()
    await app.openFromStart(dialogs, file)
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await page.screenshot({ path: join(SHOTS, `${language}-export-dialog.png`) })
    dialogs.nextExport(join(workspace.projects, 'strategy.pdf'))
    await dialog.locator('.dialog-actions .primary').click()
    await expect(dialog.getByRole('status')).toContainText('.pdf')
    await dialog.screenshot({ path: join(SHOTS, `${language}-export-done.png`) })
  })
}
