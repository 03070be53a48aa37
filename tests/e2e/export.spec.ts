import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { WorkshopPage } from './pages/workshop-page'
import {
  paragraphsWithStyle,
  readDocx,
  readPdf,
} from '../unit/electron/services/export/read-documents'

test('an English workshop is exported as a German Word summary, then shown in its folder', async ({
  page,
  dialogs,
  shell,
  workspace,
}) => {
  const app = new WorkshopPage(page, 'en')
  const project = await workspace.copyExample('meridale-facilities.loyalty.json')
  const document = join(workspace.projects, 'meridale-summary.docx')
  await app.start()
  await app.openFromStart(dialogs, project)

  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export the strategy document' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Document language')).toHaveValue('en')
  await dialog.getByLabel('Format').selectOption('docx')
  await dialog.getByLabel('Document language').selectOption('de')
  await dialog.getByLabel('Scope').selectOption('summary')
  await expect(dialog.getByRole('group', { name: 'Chapters' })).toBeHidden()
  dialogs.nextExport(document)
  await dialog.getByRole('button', { name: 'Export…' }).click()

  await expect(dialog.getByRole('status')).toContainText('“meridale-summary.docx” was written')
  const exportDialog = dialogs.shown.find((shown) => shown.kind === 'saveExport')
  expect(exportDialog?.suggestedName).toMatch(/\.docx$/)
  const { documentXml } = await readDocx(await readFile(document))
  expect(documentXml).toContain('Meridale Facilities Services Ltd')
  expect(paragraphsWithStyle(documentXml, 'Heading1').join(' | ')).toContain('Zusammenfassung')

  await dialog.getByRole('button', { name: 'Show in folder' }).click()
  await expect
    .poll(() => shell.actions)
    .toContainEqual({
      action: 'showItemInFolder',
      target: document,
    })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

test('a PDF with only the chosen chapters is written on Letter paper and its page count shown', async ({
  page,
  dialogs,
  workspace,
}) => {
  const app = new WorkshopPage(page, 'en')
  const project = await workspace.copyExample('meridale-facilities.loyalty.json')
  const document = join(workspace.projects, 'meridale-vision.pdf')
  await app.start()
  await app.openFromStart(dialogs, project)

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the strategy document' })
  await expect(dialog.getByLabel('Format')).toHaveValue('pdf')
  await dialog.getByLabel('Paper size').selectOption('LETTER')
  const chapters = dialog.getByRole('group', { name: 'Chapters' })
  for (const chapter of ['Culture', 'Execution', 'Parking lot', 'Method']) {
    await chapters.getByLabel(chapter, { exact: true }).uncheck()
  }
  dialogs.nextExport(document)
  await dialog.getByRole('button', { name: 'Export…' }).click()

  const status = dialog.getByRole('status')
  await expect(status).toContainText('“meridale-vision.pdf” was written')
  const pdf = await readPdf(await readFile(document))
  // US Letter is 612 x 792 points.
  expect(pdf.pageSize.slice(2)).toEqual([612, 792])
  await expect(status).toContainText(`, ${String(pdf.pages.length)} pages)`)
  const text = pdf.pages.join(' ')
  expect(text).toContain('Competitive advantage')
  expect(text).not.toContain('CARE')
})
