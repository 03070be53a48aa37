import { readFile, writeFile } from 'node:fs/promises'
import { stepDefinition } from '../../shared/domain'
import { expect, test } from './harness/fixtures'
import { WorkshopPage } from './pages/workshop-page'

const firstVisionQuestion = stepDefinition('vision').questions[0]?.text.en ?? ''
const answer =
  'Every branch manager can say in one sentence what the vision means for their team – “ÄÖÜ ß €”.'

test('a saved answer is there again after reloading the app and opening the file', async ({
  page,
  dialogs,
  workspace,
}) => {
  const app = new WorkshopPage(page, 'en')
  const file = workspace.path('harbour-bikes.loyalty.json')
  await app.start()
  await app.newProject()
  await app.goToStep('vision')
  await page.getByLabel(firstVisionQuestion, { exact: true }).fill(answer)
  await app.saveAs(dialogs, file)

  const saved = JSON.parse(await readFile(file, 'utf8')) as { format: string; project: unknown }
  expect(saved.format).toBe('loyalty-workshop')
  expect(JSON.stringify(saved.project)).toContain(JSON.stringify(answer).slice(1, -1))

  await app.reload()
  await app.openFromStart(dialogs, file)
  await app.goToStep('vision')
  await expect(page.getByLabel(firstVisionQuestion, { exact: true })).toHaveValue(answer)
  expect(dialogs.shown.map((dialog) => dialog.kind)).toEqual(['saveProject', 'openProject'])
})

test('opening a damaged file shows a clear error and leaves the file untouched', async ({
  page,
  dialogs,
  workspace,
}) => {
  const app = new WorkshopPage(page, 'en')
  const file = workspace.path('cut-off.loyalty.json')
  const truncated =
    '{\n  "format": "loyalty-workshop",\n  "schemaVersion": 1,\n  "project": {\n    "meta": {'
  await writeFile(file, truncated, 'utf8')
  await app.start()
  dialogs.nextOpen(file)
  await page.getByRole('button', { name: 'Open project…' }).click()

  const alert = page.getByRole('alert')
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('cut off')
  await expect(page.locator('.workspace')).toHaveCount(0)
  expect(await readFile(file, 'utf8')).toBe(truncated)
})

test('New and Save from the application menu work like the shortcuts', async ({
  page,
  dialogs,
  workspace,
}) => {
  const app = new WorkshopPage(page, 'en')
  const file = workspace.path('from-the-menu.loyalty.json')
  await app.start()
  await app.menu('new')
  await expect(page.locator('.workspace')).toBeVisible()
  await page.getByLabel(firstVisionQuestion, { exact: true }).fill('Chosen from the menu')
  dialogs.nextSave(file)
  await app.menu('save')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  expect(await readFile(file, 'utf8')).toContain('Chosen from the menu')
})
