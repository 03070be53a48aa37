import Papa from 'papaparse'
import { LIMITS, type Language } from '../schema/common'
import type { Initiative, InitiativeStatus } from '../schema/prioritisation'
import { dateFromCell, unescapeFormula } from './cells'
import {
  CSV_COLUMN_KEYS,
  CSV_HEADERS,
  STATUS_LABELS,
  columnForHeader,
  statusFromCell,
  type CsvColumnKey,
} from './columns'

/** The fields one imported row sets; a column the file does not have stays undefined. */
export interface DraftFields {
  title?: string
  description?: string
  status?: InitiativeStatus
  owner?: string
  start?: string
  end?: string
  criticalIssues?: string
  audience?: string
  timing?: string
  channel?: string
}

/** One imported row: an id if the file carries ours, and the fields it sets. */
export interface InitiativeDraft {
  /** Row number in the file, counting a header row, from 1. */
  readonly row: number
  readonly id: string | null
  readonly fields: DraftFields
}

export type ImportProblemCode =
  | 'unknown-column'
  | 'unknown-status'
  | 'invalid-date'
  | 'too-long'
  | 'no-title'
  | 'too-many-rows'
  | 'malformed'

/** Something the import could not take as it was; the row is imported or skipped as the code says. */
export interface ImportProblem {
  readonly row: number
  readonly column: CsvColumnKey | null
  readonly code: ImportProblemCode
  /** The cell or header text concerned, shortened for a message. */
  readonly value: string
}

export interface ParsedInitiatives {
  readonly drafts: readonly InitiativeDraft[]
  readonly problems: readonly ImportProblem[]
  readonly hasHeader: boolean
}

/** Column order of rows pasted without a header: the register's visible order, no id. */
export const PASTE_ORDER: readonly CsvColumnKey[] = CSV_COLUMN_KEYS.filter((key) => key !== 'id')

const LONG_COLUMNS: ReadonlySet<CsvColumnKey> = new Set(['description', 'criticalIssues'])

/** Writes the initiatives as CSV with a header in the given language (German: `;`, for Excel). */
export function initiativesToCsv(
  initiatives: readonly Initiative[],
  {
    language,
    delimiter = language === 'de' ? ';' : ',',
  }: { language: Language; delimiter?: string },
): string {
  const rows = initiatives.map((initiative) =>
    CSV_COLUMN_KEYS.map((key): string => {
      if (key === 'status') return STATUS_LABELS[initiative.status][language]
      if (key === 'audience' || key === 'timing' || key === 'channel') {
        return initiative.communication[key]
      }
      return initiative[key]
    }),
  )
  const fields = CSV_COLUMN_KEYS.map((key) => CSV_HEADERS[key][language])
  // The byte-order mark lets spreadsheet programs read umlauts as UTF-8; quoting formula-like
  // cells keeps a title such as "=HYPERLINK(...)" from running as a formula when opened.
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { delimiter, newline: '\r\n', escapeFormulae: true })}`
}

interface Layout {
  readonly columns: readonly (CsvColumnKey | null)[]
  readonly hasHeader: boolean
}

/** A first row is a header when most of its filled cells name a column we know. */
function layoutOf(first: readonly string[], problems: ImportProblem[]): Layout {
  const filled = first.filter((cell) => cell.trim() !== '')
  const known = first.map(columnForHeader)
  const knownCount = known.filter((key) => key !== null).length
  if (knownCount > 0 && knownCount >= Math.ceil(filled.length / 2)) {
    first.forEach((cell, i) => {
      if (known[i] === null && cell.trim() !== '') {
        problems.push({ row: 1, column: null, code: 'unknown-column', value: cell.slice(0, 80) })
      }
    })
    return { columns: known, hasHeader: true }
  }
  return { columns: PASTE_ORDER, hasHeader: false }
}

type Reporter = (column: CsvColumnKey, code: ImportProblemCode) => void

function readStatus(text: string, report: Reporter): InitiativeStatus {
  const status = statusFromCell(text)
  if (status === null) report('status', 'unknown-status')
  return status ?? 'new'
}

function readDate(column: 'start' | 'end', text: string, report: Reporter): string {
  const date = dateFromCell(text)
  if (date === null) report(column, 'invalid-date')
  return date ?? ''
}

function readText(column: CsvColumnKey, text: string, report: Reporter): string {
  const limit = LONG_COLUMNS.has(column) ? LIMITS.longText : LIMITS.shortText
  if (text.length > limit) report(column, 'too-long')
  return text.slice(0, limit)
}

function draftOf(
  cells: readonly string[],
  row: number,
  layout: Layout,
  problems: ImportProblem[],
): InitiativeDraft | null {
  let id: string | null = null
  const fields: DraftFields = {}
  cells.forEach((raw, i) => {
    const key = layout.columns[i]
    if (!key) return
    const report: Reporter = (column, code) => {
      problems.push({ row, column, code, value: raw.slice(0, 80) })
    }
    const text = unescapeFormula(raw.trim())
    if (key === 'status') fields.status = readStatus(text, report)
    else if (key === 'start' || key === 'end') fields[key] = readDate(key, text, report)
    else if (key === 'id') id = text !== '' && text.length <= LIMITS.idLength ? text : null
    else {
      const value = readText(key, text, report)
      if (!(key === 'title' && value === '')) fields[key] = value
    }
  })
  if (fields.title === undefined && id === null) {
    problems.push({ row, column: 'title', code: 'no-title', value: cells.join(' ').slice(0, 80) })
    return null
  }
  return { row, id, fields }
}

function readRows(rows: readonly string[][], problems: ImportProblem[]): ParsedInitiatives {
  const [first] = rows
  if (!first) return { drafts: [], problems, hasHeader: false }
  const layout = layoutOf(first, problems)
  const drafts: InitiativeDraft[] = []
  const start = layout.hasHeader ? 1 : 0
  if (!layout.hasHeader && first.length > PASTE_ORDER.length) {
    problems.push({ row: 1, column: null, code: 'unknown-column', value: `${first.length}` })
  }
  for (let i = start; i < rows.length; i++) {
    if (drafts.length >= LIMITS.rows) {
      problems.push({ row: i + 1, column: null, code: 'too-many-rows', value: `${rows.length}` })
      break
    }
    const draft = draftOf(rows[i] as string[], i + 1, layout, problems)
    if (draft) drafts.push(draft)
  }
  return { drafts, problems, hasHeader: layout.hasHeader }
}

function parse(text: string, delimiter: string): ParsedInitiatives {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter,
    skipEmptyLines: 'greedy',
  })
  const problems: ImportProblem[] = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      column: null,
      code: 'malformed',
      value: error.message.slice(0, 80),
    }))
  return readRows(result.data, problems)
}

/**
 * Reads initiatives from CSV text. The delimiter (comma, semicolon or tab) is detected; a header
 * row in German or English maps the columns in any order, without one the paste order applies.
 */
export function parseInitiativesCsv(text: string): ParsedInitiatives {
  return parse(text, '')
}

/**
 * Reads rows copied from a spreadsheet (tab-separated, cells with line breaks quoted). A header
 * row is optional; without it the columns are title, description, status, owner, start, end,
 * critical issues, who is told, when, how.
 */
export function parsePastedRows(text: string): ParsedInitiatives {
  return parse(text, '\t')
}
