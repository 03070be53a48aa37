import type { Language } from '../domain'

/** Numbers and dates written the way a reader of the language expects (1.234,5 / 5. Januar 2026). */
export interface ReportFormat {
  /** A number with at most `digits` decimals; "–" for null. */
  readonly number: (value: number | null, digits?: number) => string
  /** A number with exactly `digits` decimals, for columns of scores; "–" for null. */
  readonly fixed: (value: number | null, digits: number) => string
  /** A signed whole number, such as an NPS of +23 or -5; "–" for null. */
  readonly signed: (value: number | null) => string
  /** A percentage with at most one decimal, "12,5 %" / "12.5%"; "–" for null. */
  readonly percent: (value: number | null) => string
  /** An ISO date `YYYY-MM-DD` as a long date; an empty or broken date stays as it is or "–". */
  readonly date: (iso: string) => string
  /** An ISO date as a short numeric date, for dense tables. */
  readonly shortDate: (iso: string) => string
  /** "start – end" for two ISO dates, either of which may be empty. */
  readonly period: (start: string, end: string) => string
  /** The twelve short month names, January first. */
  readonly monthNames: () => string[]
}

/** What the report writes where a value is unknown. */
export const MISSING = '–'

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' }

function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2026-13-45 over into 2027; such a date was mistyped and is shown as typed.
  const isSameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return isSameDay ? date : null
}

/** Formatters for one language; dates are read as calendar dates, independent of the time zone. */
export function reportFormat(language: Language): ReportFormat {
  const locale = LOCALES[language]
  const numberFormats = new Map<string, Intl.NumberFormat>()
  const numberFormat = (digits: number, isFixed = false): Intl.NumberFormat => {
    const key = `${digits}${isFixed ? 'f' : ''}`
    let format = numberFormats.get(key)
    if (!format) {
      const minimumFractionDigits = isFixed ? digits : 0
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits,
        maximumFractionDigits: digits,
      })
      numberFormats.set(key, format)
    }
    return format
  }
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  const numericDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const percentFormat = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  })
  const signedFormat = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  })
  const finite = (value: number | null): value is number => value !== null && Number.isFinite(value)
  const dateWith = (format: Intl.DateTimeFormat) => (iso: string) => {
    if (!iso) return MISSING
    const date = parseIsoDate(iso)
    return date ? format.format(date) : iso
  }
  const date = dateWith(longDate)
  const shortDate = dateWith(numericDate)
  return {
    number: (value, digits = 1) => (finite(value) ? numberFormat(digits).format(value) : MISSING),
    fixed: (value, digits) => (finite(value) ? numberFormat(digits, true).format(value) : MISSING),
    signed: (value) => (finite(value) ? signedFormat.format(value) : MISSING),
    percent: (value) => (finite(value) ? percentFormat.format(value / 100) : MISSING),
    date,
    shortDate,
    monthNames: () => {
      const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
      return Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2026, i, 1)))
    },
    period: (start, end) =>
      !start && !end ? MISSING : `${shortDate(start)} – ${end ? shortDate(end) : MISSING}`,
  }
}
