import type { Language } from '../schema/common'
import type { InitiativeStatus } from '../schema/prioritisation'

/** The initiative fields a CSV file or a pasted spreadsheet range can carry, in file order. */
export const CSV_COLUMN_KEYS = [
  'id',
  'title',
  'description',
  'status',
  'owner',
  'start',
  'end',
  'criticalIssues',
  'audience',
  'timing',
  'channel',
] as const
export type CsvColumnKey = (typeof CSV_COLUMN_KEYS)[number]

/** Column headers in both languages; either language is recognised on import. */
export const CSV_HEADERS: Readonly<Record<CsvColumnKey, Readonly<Record<Language, string>>>> = {
  id: { de: 'ID', en: 'ID' },
  title: { de: 'Titel', en: 'Title' },
  description: { de: 'Beschreibung', en: 'Description' },
  status: { de: 'Status', en: 'Status' },
  owner: { de: 'Verantwortlich', en: 'Owner' },
  start: { de: 'Beginn', en: 'Start' },
  end: { de: 'Ende', en: 'End' },
  criticalIssues: { de: 'Kritische Punkte', en: 'Critical issues' },
  audience: { de: 'Wer wird informiert', en: 'Who is told' },
  timing: { de: 'Wann', en: 'When' },
  channel: { de: 'Wie', en: 'How' },
}

/** Status words as they are written in exports; import also takes the keys and a few synonyms. */
export const STATUS_LABELS: Readonly<Record<InitiativeStatus, Readonly<Record<Language, string>>>> =
  {
    running: { de: 'Läuft', en: 'Running' },
    rescope: { de: 'Neu ausrichten', en: 'Re-scope' },
    new: { de: 'Neu', en: 'New' },
  }

const STATUS_SYNONYMS: Readonly<Record<string, InitiativeStatus>> = {
  running: 'running',
  läuft: 'running',
  laufend: 'running',
  aktiv: 'running',
  rescope: 'rescope',
  're-scope': 'rescope',
  're scope': 'rescope',
  'neu ausrichten': 'rescope',
  neuausrichtung: 'rescope',
  new: 'new',
  neu: 'new',
}

/** Lower-case, trimmed, inner spaces collapsed: how headers and words are compared. */
function canonical(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** The column a header names, in German, English or as the field key; null if unknown. */
export function columnForHeader(header: string): CsvColumnKey | null {
  const wanted = canonical(header)
  for (const key of CSV_COLUMN_KEYS) {
    const { de, en } = CSV_HEADERS[key]
    if (wanted === key.toLowerCase() || wanted === canonical(de) || wanted === canonical(en)) {
      return key
    }
  }
  return null
}

/** The status a cell names; empty means new; null for a word we do not know. */
export function statusFromCell(cell: string): InitiativeStatus | null {
  const word = canonical(cell)
  if (word === '') return 'new'
  return STATUS_SYNONYMS[word] ?? null
}
