import { STEP_IDS } from '../../shared/domain'
import { expect, test } from './harness/fixtures'
import { GERMAN_WORKSHOP, firstQuestion } from './pages/german-workshop'
import { WorkshopPage } from './pages/workshop-page'

test('a German workshop: every worksheet filled, timer and parking lot used, saved, reopened, all there', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(300_000)
  // A controllable clock, so that the step timer can run out without waiting a minute.
  await page.clock.install()
  const app = new WorkshopPage(page, 'de')
  await app.start()
  await app.newProject()

  for (const step of STEP_IDS) {
    await app.goToStep(step)
    const { question, answer } = firstQuestion(step)
    await app.answer(question).fill(answer)
    await GERMAN_WORKSHOP[step].fill(app)
  }

  await test.step('the step timer counts down and signals the end', async () => {
    const timer = page.getByRole('group', { name: 'Schritt-Timer' })
    await timer.getByLabel('Minuten').fill('1')
    await timer.getByRole('button', { name: 'Timer starten' }).click()
    await expect(timer.getByRole('timer')).toHaveText('01:00')
    await expect(timer.getByRole('timer')).toHaveAttribute('aria-live', 'off')
    await page.clock.fastForward('00:20')
    await expect(timer.getByRole('timer')).toHaveText('00:40')
    // At 1280 pixels, a common projector width, the whole German toolbar stays on one line.
    const toolbar = page.getByRole('toolbar')
    const boxes = await toolbar.getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const { top, bottom } = button.getBoundingClientRect()
        return { top, bottom }
      }),
    )
    // One line: every button starts above the point where the first one to end ends.
    expect(Math.max(...boxes.map((box) => box.top))).toBeLessThan(
      Math.min(...boxes.map((box) => box.bottom)),
    )
    await timer.getByRole('button', { name: 'Anhalten' }).click()
    await page.clock.fastForward('00:30')
    await expect(timer.getByRole('timer')).toHaveText('00:40')
    await timer.getByRole('button', { name: 'Fortsetzen' }).click()
    await page.clock.fastForward('00:41')
    await expect(timer.getByRole('timer')).toHaveText('00:00')
    await expect(timer.getByRole('status')).toHaveText('Die Zeit ist um.')
    await expect(page.locator('.step-timer.timer-ended')).toBeVisible()
    await timer.getByRole('button', { name: 'Zurücksetzen' }).click()
    await expect(timer.getByLabel('Minuten')).toHaveValue('1')
  })

  const idea = 'Kundenbeirat mit acht Stammkund:innen gründen'
  await test.step('an idea goes to the parking lot with one shortcut and becomes an initiative', async () => {
    await app.goToStep('services')
    await app.answer(firstQuestion('services').question).focus()
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Idee im Themenspeicher festhalten' })
    await expect(dialog).toContainText('Aus Schritt: Dienstleistungsangebot nach Bedürfnissen')
    await dialog.getByLabel('Idee').fill(idea)
    await dialog.getByRole('button', { name: 'Festhalten' }).click()
    await expect(dialog).toHaveCount(0)
    await page
      .getByRole('navigation')
      .getByRole('button', { name: 'Themenspeicher', exact: true })
      .click()
    await expect(app.cell('Themenspeicher', 'Idee', 1)).toHaveValue(idea)
    await expect(app.table('Themenspeicher')).toContainText('3. Dienstleistungsangebot')
    await app
      .cell('Themenspeicher', 'Entscheidung', 1)
      .selectOption({ label: 'wird eine Initiative' })
    await expect(page.getByRole('button', { name: `Zur Initiative „${idea}“` })).toBeVisible()
  })

  await test.step('step 7 leads to the initiative register', async () => {
    await app.goToStep('execution')
    await expect(page.getByText('1 Initiative erfasst.')).toBeVisible()
    await page.getByRole('button', { name: 'Zum Initiativen-Register' }).click()
    await expect(
      page.getByRole('navigation').getByRole('button', { name: 'Initiativen', exact: true }),
    ).toHaveAttribute('aria-current', 'page')
  })

  const file = workspace.path('workshop.loyalty.json')
  await app.saveAs(dialogs, file)
  await app.reload()
  await app.openFromStart(dialogs, file)

  for (const step of STEP_IDS) {
    await app.goToStep(step)
    const { question, answer } = firstQuestion(step)
    await expect(app.answer(question)).toHaveValue(answer)
    await GERMAN_WORKSHOP[step].verify(app)
  }
  await page
    .getByRole('navigation')
    .getByRole('button', { name: 'Themenspeicher', exact: true })
    .click()
  await expect(app.cell('Themenspeicher', 'Idee', 1)).toHaveValue(idea)
  await expect(app.cell('Themenspeicher', 'Entscheidung', 1)).toHaveValue('initiative')
})

test('a worksheet table is worked by keyboard alone: arrows, Enter, reorder and remove', async ({
  page,
}) => {
  const app = new WorkshopPage(page, 'de')
  await app.start()
  await app.newProject()
  const table = 'Interessengruppen'
  const name = (row: number) => app.cell(table, 'Interessengruppe', row)
  const role = (row: number) => app.cell(table, 'Rolle', row)

  await page.getByRole('button', { name: 'Interessengruppe hinzufügen' }).focus()
  await page.keyboard.press('Enter')
  // A new row takes the focus in its first cell.
  await expect(name(1)).toBeFocused()
  await page.keyboard.type('Vorstand')
  await page.keyboard.press('ArrowRight')
  await expect(role(1)).toBeFocused()
  await page.keyboard.type('Geschäftsführung')
  await page.getByRole('button', { name: 'Interessengruppe hinzufügen' }).click()
  await page.keyboard.type('Betriebsrat')
  await page.keyboard.press('ArrowUp')
  await expect(name(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(name(2)).toBeFocused()
  await expect(name(2)).toHaveValue('Betriebsrat')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(app.cell(table, 'Unterstützung', 2)).toBeFocused()

  const moveUp = page.getByRole('button', { name: 'Zeile 2 nach oben' })
  await moveUp.focus()
  await page.keyboard.press('Enter')
  await expect(name(1)).toHaveValue('Betriebsrat')
  await expect(name(2)).toHaveValue('Vorstand')
  // The focus follows the moved row; its own "up" is now disabled, so "down" takes it.
  await expect(page.getByRole('button', { name: 'Zeile 1 nach unten' })).toBeFocused()
  await page.getByRole('button', { name: 'Zeile 1 entfernen' }).focus()
  await page.keyboard.press('Enter')
  await expect(app.table(table).locator('tbody tr')).toHaveCount(1)
  await expect(name(1)).toHaveValue('Vorstand')
  await expect(page.getByRole('button', { name: 'Zeile 1 entfernen' })).toBeFocused()
})

test('another step opens at its top, not where the last one was scrolled to', async ({
  page,
  dialogs,
  workspace,
}) => {
  const file = await workspace.copyExample('radhaus-brenner.loyalty.json')
  const app = new WorkshopPage(page, 'de')
  await app.start()
  await app.openFromStart(dialogs, file)
  await app.goToStep('segments')
  await page.getByRole('table', { name: 'Segmente im Vergleich' }).scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  await app.goToStep('services')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dienstleistungsangebot')
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})
