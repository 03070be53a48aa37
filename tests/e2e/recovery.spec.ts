import { createHandlers } from '../../electron/services/handlers'
import { systemClock } from '../../electron/services/ports'
import { E2E_APP_URL } from './harness/address'
import { bindWindowApi } from './harness/binding'
import { expect, test } from './harness/fixtures'
import { recoveryDraftText } from './harness/recovery-drafts'
import { firstQuestion } from './pages/german-workshop'
import { WorkshopPage } from './pages/workshop-page'

test('unsaved work survives a closed window and is restored when the app opens again', async ({
  page,
  context,
  dialogs,
  shell,
  workspace,
}) => {
  const first = new WorkshopPage(page, 'de')
  await first.start()
  await first.newProject()
  const { question, answer } = firstQuestion('vision')
  await first.answer(question).fill(answer)
  await first.addRow('Interessengruppen', 'Interessengruppe hinzufügen')
  await first.cell('Interessengruppen', 'Interessengruppe', 1).fill('Betriebsrat')
  await first.goToStep('capabilities')
  await first.addRow('Fähigkeiten', 'Fähigkeit hinzufügen')
  await first.cell('Fähigkeiten', 'Fähigkeit', 1).fill('Werkstattplanung')
  await expect(page.locator('[data-save-state="dirty"]')).toBeVisible()

  // The draft is written within a second or two of the last change.
  await expect
    .poll(() => recoveryDraftText(workspace.userData), { timeout: 15_000 })
    .toContain('Werkstattplanung')
  await page.close()

  // The app starts again: a new window with its own session on the same data directory.
  const reopened = createHandlers({
    dialogs,
    shell,
    clock: systemClock,
    paths: { userData: workspace.userData },
  })
  const again = await context.newPage()
  await bindWindowApi(again, reopened, E2E_APP_URL)
  const second = new WorkshopPage(again, 'de')
  await second.start()
  await expect(
    again.getByRole('heading', { name: 'Nicht gespeicherte Arbeit gefunden' }),
  ).toBeVisible()
  await again.getByRole('button', { name: 'Wiederherstellen' }).click()

  await second.goToStep('vision')
  await expect(second.answer(question)).toHaveValue(answer)
  await expect(second.cell('Interessengruppen', 'Interessengruppe', 1)).toHaveValue('Betriebsrat')
  await second.goToStep('capabilities')
  await expect(second.cell('Fähigkeiten', 'Fähigkeit', 1)).toHaveValue('Werkstattplanung')
  // Restored work is still unsaved until the facilitator saves it.
  await expect(again.locator('[data-save-state="dirty"]')).toBeVisible()
})
