import { readFile, writeFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { createInitiative, createProject, removeCriterion, type Project } from '../../shared/domain'
import { createEnvelope } from '../../shared/project-file'
import { expect, test } from './harness/fixtures'
import { PrioritisationPage, type PrioritisationView } from './pages/prioritisation-page'

/**
 * Step 7 from the register to the roadmap data: eight initiatives, three participants scoring
 * blind one after another on one laptop, reveal, matrix, contested flag, ranking, a weight
 * change, and all of it back after save and reopen.
 *
 * Criteria after removing cost, risk and time to value: loyalty (benefit), vision fit
 * (benefit), effort (cost), all 1-5 with weight 1. Ratings per participant are
 * [loyalty, vision, effort]; sums over the three raters are S_L, S_V, S_E.
 *
 * Weighted score = 100 x sum_i (w_i / sum w) x r'_i with r' = (r - 1) / 4 for a benefit and
 * 1 - (r - 1) / 4 for a cost, r the mean. With equal weights this is
 * 100/12 x (m_L - 1 + m_V - 1 + 5 - m_E) = 100/36 x (S_L + S_V - S_E + 9):
 *
 *   A Welcome call       [5,4,2] [5,5,1] [5,4,1]  S = 15, 13,  4  -> 33 x 100/36 = 91.67
 *   B Birthday voucher   [4,4,2] [4,3,2] [4,5,2]  S = 12, 12,  6  -> 27          = 75.00
 *   C Loyalty app        [5,5,4] [4,5,5] [5,4,4]  S = 14, 14, 13  -> 24          = 66.67
 *   D Service academy    [3,4,4] [4,4,3] [3,3,4]  S = 10, 11, 11  -> 19          = 52.78
 *   E Newsletter         [2,2,1] [2,3,2] [2,2,1]  S =  6,  7,  4  -> 18          = 50.00
 *   F Card colour        [1,2,2] [2,1,2] [1,1,1]  S =  4,  4,  5  -> 12          = 33.33
 *   G CRM platform       [2,2,5] [1,2,5] [2,1,4]  S =  5,  5, 14  ->  5          = 13.89
 *   H Referral points    [1,3,2] [5,3,2] [5,3,2]  S = 11,  9,  6  -> 23          = 63.89
 *
 * Ranked: A 91.67, B 75.00, C 66.67, H 63.89, D 52.78, E 50.00, F 33.33, G 13.89.
 *
 * Matrix: y = loyalty mean, x = effort mean, each split at 3 (3 counts as high):
 * A (5, 1.33), B (4, 2), H (3.67, 2) quick wins; C (4.67, 4.33), D (3.33, 3.67) major projects;
 * E (2, 1.33), F (1.33, 1.67) fill-ins; G (1.67, 4.67) thankless tasks.
 * H's loyalty ratings 1, 5, 5 have a range of 4 >= 3: contested; every other range is <= 2.
 *
 * Loyalty weight 3 (others 1): score = 100 x (3 r'_L + r'_V + r'_E) / 5.
 *   A (3 x 1 + 0.833 + 0.917) / 5 = 95.0     C (3 x 0.917 + 0.917 + 0.167) / 5 = 76.7
 *   B (3 x 0.75 + 0.75 + 0.75) / 5 = 75.0    H (3 x 0.667 + 0.5 + 0.75) / 5 = 65.0
 *   D (3 x 0.583 + 0.667 + 0.333) / 5 = 55.0 E (3 x 0.25 + 0.333 + 0.917) / 5 = 40.0
 *   F (3 x 0.083 + 0.083 + 0.833) / 5 = 23.3 G (3 x 0.167 + 0.167 + 0.083) / 5 = 15.0
 * so C overtakes B: A, C, B, H, D, E, F, G.
 */
const INITIATIVES = {
  A: 'Welcome call for new members',
  B: 'Birthday voucher',
  C: 'Loyalty app relaunch',
  D: 'Service academy',
  E: 'Newsletter refresh',
  F: 'Loyalty card colour',
  G: 'New CRM platform',
  H: 'Points for referrals',
} as const
type Key = keyof typeof INITIATIVES
const ORDER: readonly Key[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']

const RATINGS: Record<string, Record<Key, readonly number[]>> = {
  Anna: {
    A: [5, 4, 2],
    B: [4, 4, 2],
    C: [5, 5, 4],
    D: [3, 4, 4],
    E: [2, 2, 1],
    F: [1, 2, 2],
    G: [2, 2, 5],
    H: [1, 3, 2],
  },
  Ben: {
    A: [5, 5, 1],
    B: [4, 3, 2],
    C: [4, 5, 5],
    D: [4, 4, 3],
    E: [2, 3, 2],
    F: [2, 1, 2],
    G: [1, 2, 5],
    H: [5, 3, 2],
  },
  Cara: {
    A: [5, 4, 1],
    B: [4, 5, 2],
    C: [5, 4, 4],
    D: [3, 3, 4],
    E: [2, 2, 1],
    F: [1, 1, 1],
    G: [2, 1, 4],
    H: [5, 3, 2],
  },
}
const PARTICIPANTS = Object.keys(RATINGS)

const QUADRANTS: Record<Key, string> = {
  A: 'quick-wins',
  B: 'quick-wins',
  H: 'quick-wins',
  C: 'major-projects',
  D: 'major-projects',
  E: 'fill-ins',
  F: 'fill-ins',
  G: 'thankless-tasks',
}
const RANKED: readonly Key[] = ['A', 'B', 'C', 'H', 'D', 'E', 'F', 'G']
const RANKED_LOYALTY_3: readonly Key[] = ['A', 'C', 'B', 'H', 'D', 'E', 'F', 'G']
const titles = (keys: readonly Key[]) => keys.map((key) => INITIATIVES[key])

async function checkMatrix(app: PrioritisationPage): Promise<void> {
  await app.open('matrix')
  const ids = await app.initiativeIds()
  const quadrants = await app.quadrants()
  for (const key of ORDER) expect(quadrants[ids[INITIATIVES[key]] ?? ''], key).toBe(QUADRANTS[key])
  // Positions on screen: quick wins left of and above the major projects, fill-ins below.
  const centre = (key: Key) => app.bubbleCentre(ids[INITIATIVES[key]] ?? '')
  const [a, c, e, g] = await Promise.all([centre('A'), centre('C'), centre('E'), centre('G')])
  expect(a.x).toBeLessThan(c.x)
  expect(e.y).toBeGreaterThan(a.y)
  expect(g.x).toBeGreaterThan(e.x)
  expect(g.y).toBeGreaterThan(c.y)
  const contested = await app.contestedIds()
  expect(contested).toEqual([ids[INITIATIVES.H]])
}

test('eight initiatives scored blind by three participants are placed, flagged and ranked, and survive reopening', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(180_000)
  const app = new PrioritisationPage(page, 'en')
  await app.start()
  await app.newProject()
  await app.addParticipants(PARTICIPANTS)

  await app.open('initiatives')
  for (const key of ORDER) await app.addInitiative(INITIATIVES[key])
  await expect(page.getByText('8 initiatives')).toBeVisible()

  await app.open('scoring')
  for (const name of ['Cost', 'Risk', 'Time to value']) await app.removeCriterion(name)

  await app.startPrivateEntry()
  for (const [index, name] of PARTICIPANTS.entries()) {
    // Blind: the next participant starts with an empty grid, nobody else's numbers in sight.
    if (index > 0) await app.handOverTo(name)
    const ratings = RATINGS[name]
    if (!ratings) throw new Error(`no ratings for ${name}`)
    await app.scoreAs(
      name,
      ORDER.map((key) => ratings[key]),
      index > 0,
    )
  }
  await app.backToFacilitator()
  await expect(page.getByText('Finished: 3 of 3')).toBeVisible()

  // Nothing of the results shows before the reveal.
  await app.open('matrix')
  await expect(page.locator('.matrix-chart')).toHaveCount(0)
  await expect(page.getByText('Blind scoring.')).toBeVisible()
  await app.reveal()

  await checkMatrix(app)
  // Each bubble is a keyboard stop; Enter opens the initiative's detail panel, so does a click.
  const ids = await app.initiativeIds()
  await page.locator(`.matrix-chart g[data-initiative-id="${ids[INITIATIVES.G]}"]`).focus()
  await expect(page.getByRole('tooltip')).toContainText(INITIATIVES.G)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 }).first()).toHaveText(
    INITIATIVES.G,
  )
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click()
  await page
    .locator(`.matrix-chart g[data-initiative-id="${ids[INITIATIVES.A]}"] circle`)
    .first()
    .click()
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 }).first()).toHaveText(
    INITIATIVES.A,
  )
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click()

  await app.open('ranking')
  await expect.poll(() => app.rankedTitles()).toEqual(titles(RANKED))
  const contestedRow = page.locator('table.ranked-list tr[data-contested="true"]')
  await expect(contestedRow).toHaveCount(1)
  await expect(contestedRow).toContainText(INITIATIVES.H)
  await expect(page.locator('table.ranked-list tbody tr').first()).toContainText('91.7')

  await app.setWeight('Effect on customer loyalty', 3)
  await expect.poll(() => app.rankedTitles()).toEqual(titles(RANKED_LOYALTY_3))
  await expect(page.locator('table.ranked-list tbody tr').nth(1)).toContainText('76.7')

  const file = workspace.path('blind-scoring.loyalty.json')
  await app.saveAs(dialogs, file)
  await app.reload()
  await app.openFromStart(dialogs, file)

  await app.open('ranking')
  await expect.poll(() => app.rankedTitles()).toEqual(titles(RANKED_LOYALTY_3))
  await checkMatrix(app)
  await app.open('scoring')
  await expect(page.getByText('Finished: 3 of 3')).toBeVisible()
})

test('rows pasted from a spreadsheet and a CSV round trip fill the register, umlauts intact', async ({
  page,
  dialogs,
  workspace,
}) => {
  const app = new PrioritisationPage(page, 'de')
  await app.start()
  await app.newProject()
  await app.open('initiatives')
  await app.pasteRows(
    'Kundenkarte überarbeiten\tPunkte durch Service ersetzen\tLäuft\tJörg\t2026-01-05\t2026-03-31\n' +
      'Newsletter mit Geschichten\t\tNeu\tAnna\t\t\n',
    'Neue Initiativen: 2, aktualisiert: 0.',
  )
  await expect(app.registerCell('Titel', 'Kundenkarte überarbeiten')).toBeVisible()
  await expect(app.registerCell('Status', 'Kundenkarte überarbeiten')).toHaveText('Läuft')

  const csv = workspace.path('initiativen.csv')
  dialogs.nextSaveCsv(csv)
  await page.getByRole('button', { name: 'CSV exportieren …' }).click()
  await expect(page.getByText('„initiativen.csv“ wurde gespeichert.')).toBeVisible()
  const exported = await readFile(csv, 'utf8')
  expect(exported).toContain(
    ';Kundenkarte überarbeiten;Punkte durch Service ersetzen;Läuft;Jörg;2026-01-05;2026-03-31;',
  )

  // Edited in a spreadsheet: a new owner for one row and a new row at the end.
  const edited = `${exported.replace(';Jörg;', ';Jörg Weiß;').trimEnd()}\r\n;Treue-Frühstück;;Neu ausrichten;Anna;5.3.2026;;;;;\r\n`
  await writeFile(csv, edited, 'utf8')
  dialogs.nextOpenCsv(csv)
  await page.getByRole('button', { name: 'CSV importieren …' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('status')).toContainText('Neue Initiativen: 1, aktualisiert: 2.')
  await dialog.getByRole('button', { name: 'Übernehmen' }).click()
  await expect(app.registerCell('Verantwortlich', 'Kundenkarte überarbeiten')).toHaveText(
    'Jörg Weiß',
  )
  await expect(app.registerCell('Status', 'Treue-Frühstück')).toHaveText('Neu ausrichten')
  await expect(app.registerCell('Beginn', 'Treue-Frühstück')).toHaveText('05.03.2026')
  await expect(page.getByText('3 Initiativen', { exact: true })).toBeVisible()

  await page.getByRole('searchbox', { name: 'Suchen' }).fill('frühstück')
  await expect(page.locator('.register-body [role="row"]')).toHaveCount(1)
})

/** The workshop of the first test after its reveal, written as a project file. */
function revealedWorkshop(): Project {
  let project = createProject({ language: 'en', title: 'Re-vote', date: '2026-01-01' })
  for (const id of ['cost', 'risk', 'time-to-value']) project = removeCriterion(project, { id })
  const participants = PARTICIPANTS.map((name) => ({ id: `p-${name}`, name, role: '' }))
  const initiatives = ORDER.map((key) => ({
    ...createInitiative(`i-${key}`, INITIATIVES[key]),
    ratings: Object.fromEntries(
      PARTICIPANTS.map((name) => [`p-${name}`, [...(RATINGS[name]?.[key] ?? [])]]),
    ),
  }))
  const finishedParticipantIds = participants.map((p) => p.id)
  const prioritisation = { ...project.prioritisation, isRevealed: true, finishedParticipantIds }
  return { ...project, participants, initiatives, prioritisation }
}

test('a contested initiative voted again after discussion keeps its before and after', async ({
  page,
  dialogs,
  workspace,
}) => {
  const file = workspace.path('re-vote.loyalty.json')
  await writeFile(file, JSON.stringify(createEnvelope(revealedWorkshop(), 'e2e')))
  const app = new PrioritisationPage(page, 'en')
  await app.start()
  await app.openFromStart(dialogs, file)
  await app.open('scoring')
  const contested = page.locator('table.aggregates tr[data-contested="true"]')
  await expect(contested).toHaveCount(1)
  await contested.getByRole('button', { name: 'Re-vote' }).click()
  // The new round is blind again and nobody has finished it.
  await expect(page.getByText('Blind scoring.')).toBeVisible()
  await expect(page.getByText('Finished: 0 of 3')).toBeVisible()

  // After discussion: loyalty 4, 5, 4 instead of 1, 5, 5; vision and effort as before.
  const again: Record<string, readonly number[]> = {
    Anna: [4, 3, 2],
    Ben: [5, 3, 2],
    Cara: [4, 3, 2],
  }
  for (const [name, ratings] of Object.entries(again)) {
    await page.getByRole('combobox', { name: /^Ratings of/ }).selectOption({ label: name })
    await page.getByLabel(`Effect on customer loyalty: ${INITIATIVES.H}`, { exact: true }).click()
    for (const value of ratings) await page.keyboard.type(String(value))
    await expect(page.getByLabel(`Effort: ${INITIATIVES.H}`, { exact: true })).toHaveValue('2')
  }
  await app.reveal()

  // Loyalty mean 11/3 = 3.7 (range 1-5) -> 13/3 = 4.3 (range 4-5); weighted score
  // 100/36 x (11 + 9 - 6 + 9) = 63.9 -> 100/36 x (13 + 9 - 6 + 9) = 69.4, a change of +5.6.
  const movement = page.getByRole('table', { name: 'Movement since round 1' })
  await expect(movement.getByRole('row', { name: /Effect on customer loyalty/ })).toHaveText(
    /3\.7\s*4\.3\s*\+0\.7\s*1–5 → 4–5/,
  )
  await expect(movement.getByRole('row', { name: /Weighted score/ })).toHaveText(
    /63\.9\s*69\.4\s*\+5\.6\s*contested → agreed/,
  )
  await expect(page.locator('table.aggregates tr[data-contested="true"]')).toHaveCount(0)
})

test('axe finds no serious or critical problem in the prioritisation views, the detail panel and private entry', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(240_000)
  const file = await workspace.copyExample('meridale-facilities.loyalty.json')
  const app = new PrioritisationPage(page, 'en')
  await app.start()
  await app.openFromStart(dialogs, file)
  const problems = async (where: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze()
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  }
  const found: string[] = []
  const views: readonly PrioritisationView[] = [
    'initiatives',
    'scoring',
    'matrix',
    'ranking',
    'roadmap',
    'coverage',
  ]
  for (const view of views) {
    await app.open(view)
    found.push(...(await problems(view)))
  }
  await app.open('initiatives')
  await page
    .getByRole('button', { name: /^Open details of/ })
    .first()
    .click()
  found.push(...(await problems('detail panel')))
  await page.keyboard.press('Escape')
  await app.open('scoring')
  await app.startPrivateEntry()
  found.push(...(await problems('hand-over')))
  await page.locator('dialog.private-entry button.primary').click()
  found.push(...(await problems('private entry')))
  expect(found).toEqual([])
})
