import { readFile, readdir } from 'node:fs/promises'
import { stepDefinition } from '../../shared/domain'
import { expect, test } from './harness/fixtures'
import { recoveryDraftText } from './harness/recovery-drafts'
import { WorkshopPage } from './pages/workshop-page'

const question = stepDefinition('vision').questions[0]?.text.en ?? ''
const answer = 'Kurz vor dem Beenden ergänzt: „Jede Filiale erklärt die Vision in einem Satz.“'
/** The answer as it appears inside a JSON file. */
const inJson = JSON.stringify(answer).slice(1, -1)

test.describe('quitting with work not yet saved', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install()
  })

  /**
   * Stops the page's timers: neither the autosave nor the recovery draft can write on its own
   * any more, so whatever reaches the disk afterwards was written by the flush.
   */
  const stopTimers = (app: WorkshopPage) => app.page.clock.pauseAt(Date.now() + 60_000)

  test('the quit-time flush saves a change to the open project file at once', async ({
    page,
    dialogs,
    workspace,
  }) => {
    const app = new WorkshopPage(page, 'en')
    const file = await workspace.copyExample('radhaus-brenner.loyalty.json')
    await app.start()
    await stopTimers(app)
    await app.openFromStart(dialogs, file)
    await app.goToStep('vision')
    await app.answer(question).fill(answer)
    await expect(page.locator('[data-save-state="saved"]')).toHaveCount(0)

    // Real time passes, but the stopped timers keep the autosave from running.
    await page.waitForTimeout(1500)
    expect(await readFile(file, 'utf8')).not.toContain(inJson)
    expect(await recoveryDraftText(workspace.userData)).not.toContain(inJson)

    await app.menu('flushBeforeQuit')
    await expect.poll(() => readFile(file, 'utf8'), { timeout: 10_000 }).toContain(inJson)
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  })

  test('the quit-time flush puts the changes of an untitled project into the recovery draft', async ({
    page,
    workspace,
  }) => {
    const app = new WorkshopPage(page, 'en')
    await app.start()
    await stopTimers(app)
    await app.newProject()
    await app.goToStep('vision')
    await app.answer(question).fill(answer)
    await page.waitForTimeout(1500)
    expect(await recoveryDraftText(workspace.userData)).not.toContain(inJson)

    await app.menu('flushBeforeQuit')
    await expect
      .poll(() => recoveryDraftText(workspace.userData), { timeout: 10_000 })
      .toContain(inJson)
    expect(await readdir(workspace.projects)).toEqual([])
  })
})
