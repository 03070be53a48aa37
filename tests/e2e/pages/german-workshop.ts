import { expect } from '@playwright/test'
import { STEP_DEFINITIONS, type StepId } from '../../../shared/domain'
import type { WorkshopPage } from './workshop-page'

/** The first guiding question of a step, in German, and the answer the walk-through gives. */
export function firstQuestion(step: StepId): { question: string; answer: string } {
  const definition = STEP_DEFINITIONS.find((candidate) => candidate.id === step)
  const question = definition?.questions[0]?.text.de ?? ''
  return { question, answer: `Antwort zu „${step}“: Größere Wirkung durch Übung.` }
}

/** What one step's walk-through types in, and how it checks that everything is there. */
export interface StepScript {
  readonly fill: (app: WorkshopPage) => Promise<void>
  readonly verify: (app: WorkshopPage) => Promise<void>
}

const VISION = {
  statement: 'Wir halten Oberbayern mobil – mit ehrlicher Beratung und schneller Werkstatt.',
  stakeholder: ['Geschäftsführung', 'Gesellschafterin', 'champion'],
  assumption: ['Mehr Menschen pendeln mit dem E-Bike.', 'Leasingverträge +30 %', 'high'],
  communication: ['Alle Mitarbeitenden', 'Was die Vision für jede Rolle heißt.', 'Filial-Workshop'],
} as const

const vision: StepScript = {
  async fill(app) {
    await app.page
      .getByRole('textbox', { name: 'Visionsaussage', exact: true })
      .fill(VISION.statement)
    await app.addRow('Interessengruppen', 'Interessengruppe hinzufügen')
    await app.cell('Interessengruppen', 'Interessengruppe', 1).fill(VISION.stakeholder[0])
    await app.cell('Interessengruppen', 'Rolle', 1).fill(VISION.stakeholder[1])
    await app.cell('Interessengruppen', 'Unterstützung', 1).selectOption({ label: 'treibt voran' })
    const assumptions = 'Annahmen über das künftige Umfeld'
    await app.addRow(assumptions, 'Annahme hinzufügen')
    await app.cell(assumptions, 'Annahme', 1).fill(VISION.assumption[0])
    await app.cell(assumptions, 'Beleg', 1).fill(VISION.assumption[1])
    await app.cell(assumptions, 'Sicherheit', 1).selectOption({ label: 'hoch' })
    const communications = 'Kommunikation: was und warum'
    await app.addRow(communications, 'Kommunikation hinzufügen')
    await app.cell(communications, 'Zielgruppe', 1).fill(VISION.communication[0])
    await app.cell(communications, 'Botschaft', 1).fill(VISION.communication[1])
    await app.cell(communications, 'Kanal', 1).fill(VISION.communication[2])
  },
  async verify(app) {
    await expect(
      app.page.getByRole('textbox', { name: 'Visionsaussage', exact: true }),
    ).toHaveValue(VISION.statement)
    await expect(app.cell('Interessengruppen', 'Interessengruppe', 1)).toHaveValue(
      VISION.stakeholder[0],
    )
    await expect(app.cell('Interessengruppen', 'Rolle', 1)).toHaveValue(VISION.stakeholder[1])
    await expect(app.cell('Interessengruppen', 'Unterstützung', 1)).toHaveValue(
      VISION.stakeholder[2],
    )
    const assumptions = 'Annahmen über das künftige Umfeld'
    await expect(app.cell(assumptions, 'Annahme', 1)).toHaveValue(VISION.assumption[0])
    await expect(app.cell(assumptions, 'Beleg', 1)).toHaveValue(VISION.assumption[1])
    await expect(app.cell(assumptions, 'Sicherheit', 1)).toHaveValue(VISION.assumption[2])
    const communications = 'Kommunikation: was und warum'
    await expect(app.cell(communications, 'Zielgruppe', 1)).toHaveValue(VISION.communication[0])
    await expect(app.cell(communications, 'Botschaft', 1)).toHaveValue(VISION.communication[1])
    await expect(app.cell(communications, 'Kanal', 1)).toHaveValue(VISION.communication[2])
  },
}

const SEGMENT = 'Stammkund:innen'
const SEGMENT_GROUP = /^Stammkund:innen/
const CLV_INPUTS = [
  ['Ø Kaufwert', '80', '80'],
  ['Käufe pro Jahr', '4', '4'],
  ['Kundenbeziehung (Jahre)', '5', '5'],
  ['Abwanderung pro Jahr (%)', '12,5', '12,5'],
  ['Marge (%)', '25', '25'],
] as const
const NPS_INPUTS = [
  ['Promotoren (9–10)', '50'],
  ['Passive (7–8)', '30'],
  ['Kritiker (0–6)', '20'],
] as const

const segments: StepScript = {
  async fill(app) {
    const table = 'Kundensegmente'
    await app.addRow(table, 'Kundensegment hinzufügen')
    await app.cell(table, 'Kundensegment', 1).fill(SEGMENT)
    await app.cell(table, 'Merkmale', 1).fill('Kommen zweimal im Jahr zur Inspektion.')
    await app.cell(table, 'Anzahl Kunden', 1).fill('1234')
    await app.cell(table, 'Umsatzanteil (%)', 1).fill('45,5')
    await app.cell(table, 'Wertvollstes Segment', 1).check()
    for (const [label, typed] of CLV_INPUTS) await app.field(SEGMENT_GROUP, label).fill(typed)
    for (const [label, typed] of NPS_INPUTS) await app.field(SEGMENT_GROUP, label).fill(typed)
    // 80 x 4 x 5 years x 25 % = 400; NPS = 50 % - 20 % = +30.
    await expect(app.page.getByTestId('clv-result')).toContainText('CLV = 80 × 4 × 5 × 25 % = 400')
    await expect(app.page.getByTestId('nps-score')).toContainText('NPS: +30')
  },
  async verify(app) {
    const table = 'Kundensegmente'
    await expect(app.cell(table, 'Kundensegment', 1)).toHaveValue(SEGMENT)
    await expect(app.cell(table, 'Merkmale', 1)).toHaveValue(
      'Kommen zweimal im Jahr zur Inspektion.',
    )
    await expect(app.cell(table, 'Anzahl Kunden', 1)).toHaveValue('1.234')
    await expect(app.cell(table, 'Umsatzanteil (%)', 1)).toHaveValue('45,5')
    await expect(app.cell(table, 'Wertvollstes Segment', 1)).toBeChecked()
    for (const [label, , shown] of CLV_INPUTS) {
      await expect(app.field(SEGMENT_GROUP, label)).toHaveValue(shown)
    }
    for (const [label, typed] of NPS_INPUTS) {
      await expect(app.field(SEGMENT_GROUP, label)).toHaveValue(typed)
    }
    await expect(app.page.getByTestId('clv-result')).toContainText('400')
    await expect(app.page.getByTestId('nps-score')).toContainText('+30')
    const comparison = app.page.getByRole('table', { name: 'Segmente im Vergleich' })
    await expect(comparison).toContainText('1.234')
    await expect(comparison).toContainText('45,5 %')
  },
}

const SERVICE = 'Express-Service'
const NEED = 'Reparatur am selben Tag'

const services: StepScript = {
  async fill(app) {
    const needs = 'Bedürfnisse je Segment'
    await app.addRow(needs, 'Bedürfnis hinzufügen')
    await app.cell(needs, 'Kundensegment', 1).selectOption({ label: SEGMENT })
    await app.cell(needs, 'Bedürfnis', 1).fill(NEED)
    await app.cell(needs, 'Stand', 1).selectOption({ label: 'erfüllt' })
    const table = 'Dienstleistungen'
    await app.addRow(table, 'Dienstleistung hinzufügen')
    await app.cell(table, 'Dienstleistung', 1).fill(SERVICE)
    await app.cell(table, 'Art', 1).selectOption({ label: 'neu' })
    await app.cell(table, 'Merkmale', 1).fill('Abholung bis 9 Uhr, fertig am Abend.')
    // The most valuable segment is not served yet, and the grid says so.
    const warning = app.page.getByText('Wertvollstes Segment ohne Angebot')
    await expect(warning).toBeVisible()
    await app.page.getByRole('checkbox', { name: `${SERVICE} erfüllt: ${NEED}` }).check()
    await expect(warning).toHaveCount(0)
    await expect(
      app.page.getByRole('group', { name: 'Bediente Segmente (Zeile 1)' }).getByLabel(SEGMENT),
    ).toBeChecked()
  },
  async verify(app) {
    const needs = 'Bedürfnisse je Segment'
    await expect(app.cell(needs, 'Bedürfnis', 1)).toHaveValue(NEED)
    await expect(app.cell(needs, 'Stand', 1)).toHaveValue('met')
    await expect(app.cell(needs, 'Kundensegment', 1).locator('option:checked')).toHaveText(SEGMENT)
    const table = 'Dienstleistungen'
    await expect(app.cell(table, 'Dienstleistung', 1)).toHaveValue(SERVICE)
    await expect(app.cell(table, 'Art', 1)).toHaveValue('new')
    await expect(app.cell(table, 'Merkmale', 1)).toHaveValue('Abholung bis 9 Uhr, fertig am Abend.')
    await expect(
      app.page.getByRole('checkbox', { name: `${SERVICE} erfüllt: ${NEED}` }),
    ).toBeChecked()
    await expect(
      app.page.getByRole('checkbox', { name: `${SERVICE} bedient ${SEGMENT}` }),
    ).toBeChecked()
  },
}

const advantage: StepScript = {
  async fill(app) {
    await app.addRow('Wettbewerber', 'Wettbewerber hinzufügen')
    await app.cell('Wettbewerber', 'Wettbewerber', 1).fill('Radwelt Online')
    const attributes = 'Merkmale aus Kundensicht'
    await app.addRow(attributes, 'Merkmal hinzufügen')
    await app.cell(attributes, 'Merkmal', 1).fill('Beratung')
    await app.cell(attributes, 'Wir', 1).selectOption('5')
    await app.cell(attributes, 'Radwelt Online', 1).selectOption('2')
    await expect(app.page.getByRole('img', { name: /Vergleich der Merkmale/ })).toBeVisible()
    const reasons = 'Warum Kunden wiederkommen'
    await app.addRow(reasons, 'Grund hinzufügen')
    await app.cell(reasons, 'Grund', 1).fill('Man kennt uns beim Namen.')
  },
  async verify(app) {
    await expect(app.cell('Wettbewerber', 'Wettbewerber', 1)).toHaveValue('Radwelt Online')
    const attributes = 'Merkmale aus Kundensicht'
    await expect(app.cell(attributes, 'Merkmal', 1)).toHaveValue('Beratung')
    await expect(app.cell(attributes, 'Wir', 1)).toHaveValue('5')
    await expect(app.cell(attributes, 'Radwelt Online', 1)).toHaveValue('2')
    await expect(app.cell('Warum Kunden wiederkommen', 'Grund', 1)).toHaveValue(
      'Man kennt uns beim Namen.',
    )
  },
}

const capabilities: StepScript = {
  async fill(app) {
    const table = 'Fähigkeiten'
    await app.addRow(table, 'Fähigkeit hinzufügen')
    await app.cell(table, 'Fähigkeit', 1).fill('Werkstattplanung')
    await app.cell(table, 'Kategorie', 1).selectOption({ label: 'Prozess' })
    await app.cell(table, 'Heute', 1).selectOption('2')
    await app.cell(table, 'Ziel', 1).selectOption('4')
    await app.cell(table, 'Notiz', 1).fill('Online-Termine mit echter Planung.')
  },
  async verify(app) {
    const table = 'Fähigkeiten'
    await expect(app.cell(table, 'Fähigkeit', 1)).toHaveValue('Werkstattplanung')
    await expect(app.cell(table, 'Kategorie', 1)).toHaveValue('process')
    await expect(app.cell(table, 'Heute', 1)).toHaveValue('2')
    await expect(app.cell(table, 'Ziel', 1)).toHaveValue('4')
    await expect(app.cell(table, 'Notiz', 1)).toHaveValue('Online-Termine mit echter Planung.')
    await expect(app.table(table).locator('tbody tr').first()).toContainText('+2')
    await expect(app.page.getByRole('list', { name: 'Lücken, größte zuerst' })).toContainText(
      'heute 2, Ziel 4, Lücke +2',
    )
  },
}

/** Anna's and Ben's ratings of the six culture questions, in the order of the questions. */
const RATINGS = { Anna: ['4', '3', '5', '2', '4', '3'], Ben: ['2', '3', '4', '2', '5', '3'] }
const SHORT = [
  'Fehlertoleranz',
  'Anerkennung',
  'Vertrauen ins Management',
  'Mitarbeitende geschätzt',
  'Kundenvertrauen',
  'Kunden geschätzt',
]

const culture: StepScript = {
  async fill(app) {
    for (const name of Object.keys(RATINGS)) {
      await app.page.getByLabel('Name der neuen Teilnehmer:in').fill(name)
      await app.page.getByRole('button', { name: 'Teilnehmer:in hinzufügen', exact: true }).click()
    }
    for (const [name, levels] of Object.entries(RATINGS)) {
      for (const [index, level] of levels.entries()) {
        await app
          .namedCell('Bewertung durch das Team', SHORT[index] ?? '', name)
          .selectOption(level)
      }
    }
    // Tolerance of mistakes: Anna 4, Ben 2 -> mean 3, population standard deviation 1.
    const profile = app.page.locator('tr[data-question="mistakes"]')
    await expect(profile.locator('td').nth(0)).toHaveText('3')
    await expect(profile.locator('td').nth(1)).toHaveText('1')
    await expect(profile.locator('td').nth(2)).toHaveText('2–4')
    await expect(app.page.getByRole('img', { name: /Kulturprofil/ })).toBeVisible()
    await app.page.getByLabel('Promotoren (9–10)').fill('10')
    await app.page.getByLabel('Passive (7–8)').fill('5')
    await app.page.getByLabel('Kritiker (0–6)').fill('5')
    // eNPS = 10/20 - 5/20 = +25.
    await expect(app.page.getByTestId('enps-score')).toContainText('eNPS: +25')
    const employees = 'CARE für Mitarbeitende'
    await app.addRow(employees, 'Maßnahme für Mitarbeitende hinzufügen')
    await app.cell(employees, 'CARE-Säule', 1).selectOption({ label: 'Appreciate – wertschätzen' })
    await app.cell(employees, 'Maßnahme', 1).fill('Monatlich Danke sagen, mit Namen.')
    const customers = 'CARE für Kunden'
    await app.addRow(customers, 'Maßnahme für Kunden hinzufügen')
    await app.cell(customers, 'CARE-Säule', 1).selectOption({ label: 'Respond – reagieren' })
    await app.cell(customers, 'Maßnahme', 1).fill('Jede Beschwerde binnen 24 Stunden beantworten.')
  },
  async verify(app) {
    for (const [name, levels] of Object.entries(RATINGS)) {
      for (const [index, level] of levels.entries()) {
        await expect(
          app.namedCell('Bewertung durch das Team', SHORT[index] ?? '', name),
        ).toHaveValue(level)
      }
    }
    await expect(app.page.getByTestId('enps-score')).toContainText('+25')
    await expect(app.cell('CARE für Mitarbeitende', 'CARE-Säule', 1)).toHaveValue('appreciate')
    await expect(app.cell('CARE für Mitarbeitende', 'Maßnahme', 1)).toHaveValue(
      'Monatlich Danke sagen, mit Namen.',
    )
    await expect(app.cell('CARE für Kunden', 'CARE-Säule', 1)).toHaveValue('respond')
    await expect(app.cell('CARE für Kunden', 'Maßnahme', 1)).toHaveValue(
      'Jede Beschwerde binnen 24 Stunden beantworten.',
    )
  },
}

const execution: StepScript = {
  async fill() {
    // Step 7 holds only its guiding questions; its register is a view of its own.
  },
  async verify() {
    // The answer to the first question is checked with every other step's answer.
  },
}

/** The German walk-through of every step's structured inputs. */
export const GERMAN_WORKSHOP: Record<StepId, StepScript> = {
  vision,
  segments,
  services,
  advantage,
  capabilities,
  culture,
  execution,
}
