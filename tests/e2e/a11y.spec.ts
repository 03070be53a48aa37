import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { STEP_IDS, type Language } from '../../shared/domain'
import type { ScriptedDialogs } from './harness/dialogs'
import { expect, test, type Workspace } from './harness/fixtures'
import { WorkshopPage } from './pages/workshop-page'

const EXAMPLES: Record<Language, string> = {
  de: 'radhaus-brenner.loyalty.json',
  en: 'meridale-facilities.loyalty.json',
}

/** Opens a copy of the example project in the given UI language. */
async function openExample(
  page: Page,
  dialogs: ScriptedDialogs,
  workspace: Workspace,
  language: Language,
): Promise<WorkshopPage> {
  const file = await workspace.copyExample(EXAMPLES[language])
  const app = new WorkshopPage(page, language)
  await app.start()
  await app.openFromStart(dialogs, file)
  return app
}

/** The serious and critical axe violations on the page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length).toBeGreaterThan(10)
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

test('every step, normal and presenting, has no serious or critical axe violation (German)', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(600_000)
  const app = await openExample(page, dialogs, workspace, 'de')
  for (const [index, step] of STEP_IDS.entries()) {
    await app.goToStep(step)
    expect(await seriousViolations(page), `${step}, normal`).toEqual([])
    await app.enterPresenterMode()
    // The questions look the same on every step; the worksheets differ.
    if (index === 0) expect(await seriousViolations(page), `${step}, presenting`).toEqual([])
    await page.getByRole('button', { name: 'Arbeitsblatt', exact: true }).click()
    expect(await seriousViolations(page), `${step}, presenting the worksheet`).toEqual([])
    await app.leavePresenterMode()
  }
  await page
    .getByRole('navigation')
    .getByRole('button', { name: 'Themenspeicher', exact: true })
    .click()
  expect(await seriousViolations(page), 'parking lot').toEqual([])
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await seriousViolations(page), 'parking lot capture').toEqual([])
})

test('every step has no serious or critical axe violation in English', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(600_000)
  const app = await openExample(page, dialogs, workspace, 'en')
  for (const step of STEP_IDS) {
    await app.goToStep(step)
    expect(await seriousViolations(page), step).toEqual([])
  }
})
