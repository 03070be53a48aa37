import { expect, type Locator, type Page } from '@playwright/test'
import { STEP_DEFINITIONS, type Language, type StepId } from '../../../shared/domain'
import type { ScriptedDialogs } from '../harness/dialogs'
import { BasePage } from './base-page'

const UI_LANGUAGE_KEY = 'loyalty-workshop.ui-language'

/** Texts of the shell the page object needs, in the UI language of the test. */
const SHELL = {
  de: {
    newProject: 'Neues Projekt (Deutsch)',
    open: 'Projekt öffnen …',
    row: 'Zeile',
    steps: 'Schritte',
    presenter: 'Präsentieren',
    leavePresenter: 'Präsentation beenden',
    nextPart: 'Nächster Teil',
  },
  en: {
    newProject: 'New project (English)',
    open: 'Open project…',
    row: 'Row',
    steps: 'Steps',
    presenter: 'Present',
    leavePresenter: 'Stop presenting',
    nextPart: 'Next part',
  },
} as const

/** The open workshop: steps, worksheets and their tables, saving and opening. */
export class WorkshopPage extends BasePage {
  constructor(
    page: Page,
    readonly language: Language = 'de',
  ) {
    super(page)
  }

  private get texts() {
    return SHELL[this.language]
  }

  /** Sets the UI language for every later load of the page, then opens the app. */
  async start(): Promise<void> {
    await this.page.addInitScript(
      ([key, language]) => {
        localStorage.setItem(key, language)
      },
      [UI_LANGUAGE_KEY, this.language] as const,
    )
    await this.goto()
  }

  /** Starts a new project in the page's language. */
  async newProject(): Promise<void> {
    await this.page.getByRole('button', { name: this.texts.newProject }).click()
    await expect(this.page.locator('.workspace')).toBeVisible()
  }

  /** Opens a project file through the (scripted) open dialog on the start screen. */
  async openFromStart(dialogs: ScriptedDialogs, path: string): Promise<void> {
    dialogs.nextOpen(path)
    await this.page.getByRole('button', { name: this.texts.open }).click()
    await expect(this.page.locator('.workspace')).toBeVisible()
  }

  /** Goes to a step through the step navigation. */
  async goToStep(step: StepId): Promise<void> {
    const definition = STEP_DEFINITIONS.find((candidate) => candidate.id === step)
    if (!definition) throw new Error(`unknown step ${step}`)
    const nav = this.page.getByRole('navigation', { name: this.texts.steps })
    await nav.getByRole('button', { name: definition.title[this.language] }).click()
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      definition.title[this.language],
    )
  }

  /** A worksheet table by its caption. */
  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption, exact: true })
  }

  /** The control in a table's cell, by column header and 1-based row number. */
  cell(caption: string, header: string, row: number): Locator {
    return this.table(caption).getByLabel(`${header} (${this.texts.row} ${row})`, { exact: true })
  }

  /** The control in a table's cell, by column header and the row's own name (e.g. a participant). */
  namedCell(caption: string, header: string, rowName: string): Locator {
    return this.table(caption).getByLabel(`${header} (${rowName})`, { exact: true })
  }

  /** A labelled field inside a named group, such as one segment's CLV inputs. */
  field(group: string | RegExp, label: string): Locator {
    return this.page
      .getByRole('group', { name: group })
      .getByRole('textbox', { name: label, exact: true })
  }

  /** The answer field of a guiding question, found by the question's text. */
  answer(question: string): Locator {
    return this.page.getByLabel(question, { exact: true })
  }

  /** Clicks an "add ..." button and waits for the new row. */
  async addRow(caption: string, addLabel: string): Promise<number> {
    const rows = this.table(caption).locator('tbody tr')
    const before = await rows.count()
    await this.page.getByRole('button', { name: addLabel, exact: true }).click()
    await expect(rows).toHaveCount(before + 1)
    return before + 1
  }

  /** Saves with Ctrl+S; an untitled project asks for a path, which the dialog script answers. */
  async saveAs(dialogs: ScriptedDialogs, path: string): Promise<void> {
    dialogs.nextSave(path)
    await this.page.keyboard.press('Control+s')
    await expect(this.page.locator('[data-save-state="saved"]')).toBeVisible()
  }

  async enterPresenterMode(): Promise<void> {
    await this.page.getByRole('button', { name: this.texts.presenter, exact: true }).click()
    await expect(this.page.locator('.workspace.presenting')).toBeVisible()
  }

  async leavePresenterMode(): Promise<void> {
    await this.page.getByRole('button', { name: this.texts.leavePresenter }).click()
    await expect(this.page.locator('.workspace.presenting')).toHaveCount(0)
  }

  /** In presenter mode: shows the next part of the worksheet. */
  async nextPart(): Promise<void> {
    await this.page.getByRole('button', { name: this.texts.nextPart }).click()
  }
}
