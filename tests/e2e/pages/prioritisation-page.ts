import { expect, type Locator, type Page } from '@playwright/test'
import type { Language } from '../../../shared/domain'
import { WorkshopPage } from './workshop-page'

/** Texts of prioritisation the page object needs, in the UI language of the test. */
const TEXTS = {
  de: {
    nav: {
      initiatives: 'Initiativen',
      scoring: 'Bewertung',
      matrix: 'Prioritätsmatrix',
      ranking: 'Rangliste',
      roadmap: 'Roadmap',
      coverage: 'Abdeckung',
    },
    steps: 'Schritte',
    add: 'Initiative hinzufügen',
    close: 'Schließen',
    title: 'Titel',
    reveal: 'Ergebnisse aufdecken',
    startPrivate: /Private Eingabe starten/,
    iAm: (name: string) => `Ich bin ${name} – los geht’s`,
    done: 'Ich bin fertig',
    next: (name: string) => `Weiter an ${name}`,
    back: 'Zurück zur Moderation',
    passTo: (name: string) => `Bitte den Laptop an ${name} weitergeben`,
    grid: (name: string) => `Bewertungen von ${name}`,
    weight: (criterion: string) => `Gewichtung von „${criterion}“ als Zahl`,
    framework: 'Verfahren',
    criteria: 'Kriterien und Gewichtung',
  },
  en: {
    nav: {
      initiatives: 'Initiatives',
      scoring: 'Scoring',
      matrix: 'Priority matrix',
      ranking: 'Ranking',
      roadmap: 'Roadmap',
      coverage: 'Coverage',
    },
    steps: 'Steps',
    add: 'Add initiative',
    close: 'Close',
    title: 'Title',
    reveal: 'Reveal results',
    startPrivate: /Start private entry/,
    iAm: (name: string) => `I am ${name} – start`,
    done: 'I’m done',
    next: (name: string) => `Next: ${name}`,
    back: 'Back to the facilitator',
    passTo: (name: string) => `Please pass the laptop to ${name}`,
    grid: (name: string) => `Ratings of ${name}`,
    weight: (criterion: string) => `Weight of “${criterion}” as a number`,
    framework: 'Framework',
    criteria: 'Criteria and weights',
  },
} as const

export type PrioritisationView = keyof (typeof TEXTS)['en']['nav']

/** Initiatives, scoring, matrix, ranking and roadmap of step 7. */
export class PrioritisationPage extends WorkshopPage {
  constructor(page: Page, language: Language = 'en') {
    super(page, language)
  }

  private get words() {
    return TEXTS[this.language]
  }

  /** Adds participants in the project header's participants panel. */
  async addParticipants(names: readonly string[]): Promise<void> {
    const t =
      this.language === 'de'
        ? {
            panel: 'Teilnehmer:innen',
            add: 'Teilnehmer:in hinzufügen',
            name: 'Name (Neue Teilnehmer:in)',
          }
        : { panel: 'Participants', add: 'Add participant', name: 'Name (New participant)' }
    const toggle = this.page
      .getByRole('toolbar')
      .getByRole('button', { name: t.panel, exact: true })
    await toggle.click()
    for (const name of names) {
      await this.page.getByRole('button', { name: t.add, exact: true }).click()
      await this.page.getByLabel(t.name, { exact: true }).last().fill(name)
    }
    await toggle.click()
  }

  /** Removes a criterion in the criteria editor of the scoring view. */
  async removeCriterion(name: string): Promise<void> {
    const editor = this.page.locator('details', { hasText: this.words.criteria })
    if (!(await editor.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await editor.locator('summary').click()
    }
    const label = this.language === 'de' ? `„${name}“ entfernen` : `Remove “${name}”`
    await editor.getByRole('button', { name: label, exact: true }).click()
  }

  /** Opens one of the prioritisation views from the navigation. */
  async open(view: PrioritisationView): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: this.words.steps })
    await nav.getByRole('button', { name: this.words.nav[view], exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  }

  /** Adds an initiative through the register and names it in the detail panel. */
  async addInitiative(title: string, fields: { owner?: string } = {}): Promise<void> {
    await this.page.getByRole('button', { name: this.words.add, exact: true }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel(this.words.title, { exact: true }).fill(title)
    if (fields.owner !== undefined) {
      await dialog
        .getByLabel(this.language === 'de' ? 'Verantwortlich' : 'Owner', { exact: true })
        .fill(fields.owner)
    }
    await dialog.getByRole('button', { name: this.words.close, exact: true }).last().click()
    await expect(this.page.getByRole('dialog')).toHaveCount(0)
  }

  /** Pastes spreadsheet rows through the register's paste dialog and applies them. */
  async pasteRows(text: string, expectedPlan: string): Promise<void> {
    const t =
      this.language === 'de'
        ? { open: 'Zeilen einfügen …', apply: 'Übernehmen' }
        : { open: 'Paste rows…', apply: 'Apply' }
    await this.page.getByRole('button', { name: t.open }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByRole('textbox').fill(text)
    await expect(dialog.getByRole('status')).toContainText(expectedPlan)
    await dialog.getByRole('button', { name: t.apply }).click()
    await expect(this.page.getByRole('dialog')).toHaveCount(0)
  }

  /** A cell of the register by its column and the initiative's title. */
  registerCell(column: string, title: string): Locator {
    return this.page.getByRole('button', { name: `${column}: ${title}`, exact: true })
  }

  /** The full-screen private entry dialog. */
  get privateEntry(): Locator {
    return this.page.locator('dialog.private-entry')
  }

  /** Starts private entry; the first hand-over screen shows. */
  async startPrivateEntry(): Promise<void> {
    await this.page.getByRole('button', { name: this.words.startPrivate }).click()
    await expect(this.privateEntry).toBeVisible()
  }

  /**
   * One participant's turn: confirm the hand-over, type every rating (row by row, criteria in
   * order; the cursor moves on by itself after a complete rating), then "I'm done". With
   * `expectEmpty`, first checks that the grid shows none of the earlier participants' numbers.
   */
  async scoreAs(
    name: string,
    ratings: readonly (readonly number[])[],
    expectEmpty = false,
  ): Promise<void> {
    await expect(
      this.privateEntry.getByRole('heading', { name: this.words.passTo(name) }),
    ).toBeVisible()
    await this.privateEntry.getByRole('button', { name: this.words.iAm(name) }).click()
    const grid = this.privateEntry.getByRole('grid', { name: this.words.grid(name) })
    const cells = grid.locator('input')
    if (expectEmpty) {
      const values = await cells.evaluateAll((inputs) =>
        inputs.map((i) => (i as HTMLInputElement).value),
      )
      expect(values.every((value) => value === '')).toBe(true)
    }
    await cells.first().click()
    for (const row of ratings) {
      for (const value of row) await this.page.keyboard.type(String(value))
    }
    await expect(cells.last()).toHaveValue(String(ratings.at(-1)?.at(-1) ?? ''))
    await this.privateEntry.getByRole('button', { name: this.words.done }).click()
  }

  /** After a participant is done: hands over to the next one. */
  async handOverTo(name: string): Promise<void> {
    await this.privateEntry.getByRole('button', { name: this.words.next(name) }).click()
  }

  /** After the last participant: back to the facilitator's screens. */
  async backToFacilitator(): Promise<void> {
    await this.privateEntry.getByRole('button', { name: this.words.back }).click()
    await expect(this.privateEntry).toHaveCount(0)
  }

  /** Reveals the hidden results (blind scoring ends). */
  async reveal(): Promise<void> {
    await this.page.getByRole('button', { name: this.words.reveal }).first().click()
  }

  /** The quadrant each bubble of the matrix chart is drawn in, by initiative id. */
  async quadrants(): Promise<Record<string, string>> {
    return this.page
      .locator('.matrix-chart g[data-initiative-id]')
      .evaluateAll((groups) =>
        Object.fromEntries(
          groups.map((g): [string, string] => [
            g.getAttribute('data-initiative-id') ?? '',
            g.getAttribute('data-quadrant') ?? '',
          ]),
        ),
      )
  }

  /** Ids of the bubbles marked contested in the matrix chart. */
  async contestedIds(): Promise<string[]> {
    return this.page
      .locator('.matrix-chart g[data-contested="true"]')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-initiative-id') ?? ''))
  }

  /** Initiative ids by title, from the matrix's table alternative. */
  async initiativeIds(): Promise<Record<string, string>> {
    return this.page
      .locator('table.matrix-table tbody tr')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.querySelector('th')?.textContent?.trim() ?? '',
            row.getAttribute('data-initiative-id') ?? '',
          ]),
        ),
      )
  }

  /** Where a bubble's circle is drawn on screen. */
  async bubbleCentre(initiativeId: string): Promise<{ x: number; y: number }> {
    const box = await this.page
      .locator(`.matrix-chart g[data-initiative-id="${initiativeId}"] circle`)
      .first()
      .boundingBox()
    if (!box) throw new Error(`bubble ${initiativeId} is not drawn`)
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }

  /** Initiative titles of the ranked list, top first. */
  async rankedTitles(): Promise<string[]> {
    return this.page.locator('table.ranked-list tbody th').allTextContents()
  }

  /** Types a new weight for a criterion (in the sensitivity panel of the ranking). */
  async setWeight(criterion: string, weight: number): Promise<void> {
    const field = this.page.getByLabel(this.words.weight(criterion), { exact: true }).first()
    await field.fill(String(weight))
    await field.blur()
  }
}
