/** Reading single cells of a spreadsheet: dates, and the guard against formula injection. */

const pad = (value: number): string => String(value).padStart(2, '0')

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * A date cell as `YYYY-MM-DD`: accepts ISO dates (a time after them is ignored) and German dates
 * `D.M.YYYY`. Empty stays empty; anything else, or a day that does not exist, gives null.
 */
export function dateFromCell(cell: string): string | null {
  const text = cell.trim()
  if (text === '') return ''
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text)
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  if (german) return isoIfValid(Number(german[3]), Number(german[2]), Number(german[1]))
  return null
}

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Undoes the quote that exports put before a formula-like cell ('=SUM(...) becomes =SUM(...)), so
 * that a file exported by us and read back keeps its text.
 */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell
}
