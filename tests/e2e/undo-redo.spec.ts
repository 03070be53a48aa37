import { expect, test } from './harness/fixtures'
import { firstQuestion } from './pages/german-workshop'
import { WorkshopPage } from './pages/workshop-page'

/** Edits closer together than this form one undo step (typing a sentence is one edit). */
const BETWEEN_EDITS_MS = 1000

test('undo and redo walk back and forth through an answer, a new row and a changed select', async ({
  page,
}) => {
  const app = new WorkshopPage(page, 'de')
  await app.start()
  await app.newProject()
  const { question } = firstQuestion('vision')
  const answer = app.answer(question)
  const table = 'Interessengruppen'
  const rows = app.table(table).locator('tbody tr')
  const support = app.cell(table, 'Unterstützung', 1)

  await answer.fill('Alle kennen die Vision.')
  await page.waitForTimeout(BETWEEN_EDITS_MS)
  await app.addRow(table, 'Interessengruppe hinzufügen')
  await page.waitForTimeout(BETWEEN_EDITS_MS)
  await support.selectOption({ label: 'skeptisch' })
  await expect(support).toHaveValue('sceptic')

  // Undo by keyboard while the select still has focus, then by the toolbar button.
  await page.keyboard.press('Control+z')
  await expect(support).toHaveValue('neutral')
  await page.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(rows).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(answer).toHaveValue('')

  // Redo with Ctrl+Shift+Z, Ctrl+Y and the toolbar button.
  await page.keyboard.press('Control+Shift+z')
  await expect(answer).toHaveValue('Alle kennen die Vision.')
  await expect(rows).toHaveCount(0)
  await page.keyboard.press('Control+y')
  await expect(rows).toHaveCount(1)
  await expect(support).toHaveValue('neutral')
  await page.getByRole('button', { name: 'Wiederholen' }).click()
  await expect(support).toHaveValue('sceptic')

  // A new edit after undoing discards what could have been redone.
  await page.keyboard.press('Control+z')
  await expect(support).toHaveValue('neutral')
  await page.waitForTimeout(BETWEEN_EDITS_MS)
  await app.cell(table, 'Interessengruppe', 1).fill('Betriebsrat')
  await page.keyboard.press('Control+Shift+z')
  await expect(support).toHaveValue('neutral')
  await expect(app.cell(table, 'Interessengruppe', 1)).toHaveValue('Betriebsrat')
})
