import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { STEP_IDS, type Language } from '../../shared/domain'
import { expect, test } from './harness/fixtures'
import { WorkshopPage } from './pages/workshop-page'

const EXAMPLES: Record<Language, string> = {
  de: 'radhaus-brenner.loyalty.json',
  en: 'meridale-facilities.loyalty.json',
}

/** The serious and critical axe violations on the page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
}

for (const language of ['de', 'en'] as const) {
  test(`every step has no serious or critical axe violation, normal and presenting (${language})`, async ({
    page,
    dialogs,
    workspace,
  }) => {
    test.setTimeout(240_000)
    const file = workspace.path(EXAMPLES[language])
    await copyFile(join(import.meta.dirname, '../../resources/examples', EXAMPLES[language]), file)
    const app = new WorkshopPage(page, language)
    await app.start()
    await app.openFromStart(dialogs, file)
    const worksheetButton = language === 'de' ? 'Arbeitsblatt' : 'Worksheet'

    for (const step of STEP_IDS) {
      await app.goToStep(step)
      expect(await seriousViolations(page), `${step}, normal`).toEqual([])
      await app.enterPresenterMode()
      expect(await seriousViolations(page), `${step}, presenter, questions`).toEqual([])
      await page.getByRole('button', { name: worksheetButton, exact: true }).click()
      expect(await seriousViolations(page), `${step}, presenter, worksheet`).toEqual([])
      await app.leavePresenterMode()
    }

    const parkingLot = language === 'de' ? 'Themenspeicher' : 'Parking lot'
    await page
      .getByRole('navigation')
      .getByRole('button', { name: parkingLot, exact: true })
      .click()
    expect(await seriousViolations(page), 'parking lot').toEqual([])
    await page.keyboard.press('Control+k')
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await seriousViolations(page), 'parking lot capture').toEqual([])
  })
}
