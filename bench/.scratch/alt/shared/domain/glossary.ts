import type { Localized } from './localized'

/**
 * The domain's words in both languages, used by the UI, the documents and the tests alike,
 * so that a German term is the same everywhere.
 */
export const GLOSSARY = {
  project: { de: 'Projekt', en: 'Project' },
  step: { de: 'Schritt', en: 'Step' },
  worksheet: { de: 'Arbeitsblatt', en: 'Worksheet' },
  vision: { de: 'Vision', en: 'Vision' },
  segment: { de: 'Kundensegment', en: 'Segment' },
  need: { de: 'Bedürfnis', en: 'Need' },
  service: { de: 'Dienstleistung', en: 'Service' },
  competitor: { de: 'Wettbewerber', en: 'Competitor' },
  capability: { de: 'Fähigkeit', en: 'Capability' },
  initiative: { de: 'Initiative', en: 'Initiative' },
  criterion: { de: 'Kriterium', en: 'Criterion' },
  weight: { de: 'Gewichtung', en: 'Weight' },
  score: { de: 'Bewertung', en: 'Score' },
  participant: { de: 'Teilnehmer:in', en: 'Participant' },
  owner: { de: 'Verantwortlich', en: 'Owner' },
  roadmap: { de: 'Roadmap', en: 'Roadmap' },
  parkingLot: { de: 'Themenspeicher', en: 'Parking lot' },
  quickWins: { de: 'Schnelle Erfolge', en: 'Quick wins' },
  majorProjects: { de: 'Großprojekte', en: 'Major projects' },
  fillIns: { de: 'Lückenfüller', en: 'Fill-ins' },
  thanklessTasks: { de: 'Undankbare Aufgaben', en: 'Thankless tasks' },
  contested: { de: 'umstritten', en: 'contested' },
  stakeholder: { de: 'Interessengruppe', en: 'Stakeholder' },
  assumption: { de: 'Annahme', en: 'Assumption' },
  attribute: { de: 'Merkmal', en: 'Attribute' },
  careAction: { de: 'CARE-Maßnahme', en: 'CARE action' },
} as const satisfies Record<string, Localized>

export type GlossaryTerm = keyof typeof GLOSSARY
