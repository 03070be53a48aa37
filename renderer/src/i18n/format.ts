import { useTranslation } from 'react-i18next'

const LOCALES = { de: 'de-DE', en: 'en-GB' } as const

function localeOf(language: string): string {
  return language.startsWith('de') ? LOCALES.de : LOCALES.en
}

/** Formatters are costly to make and tables ask for one per cell: each kind is made once per locale. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `number:${locale}:${String(digits)}`
  let format = formatters.get(key)
  if (!(format instanceof Intl.NumberFormat)) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
    formatters.set(key, format)
  }
  return format
}

function percentFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `percent:${locale}:${String(digits)}`
  let format = formatters.get(key)
  if (!(format instanceof Intl.NumberFormat)) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })
    formatters.set(key, format)
  }
  return format
}

function dateFormat(locale: string, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`
  let format = formatters.get(key)
  if (!(format instanceof Intl.DateTimeFormat)) {
    format = new Intl.DateTimeFormat(
      locale,
      kind === 'date'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : { hour: '2-digit', minute: '2-digit' },
    )
    formatters.set(key, format)
  }
  return format
}

/**
 * Formats numbers and dates in the UI language: 1.234,5, 12,5 % and 5. Januar 2026 in German;
 * 1,234.5, 12.5% and 5 January 2026 in English.
 */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return {
    number: (value: number | null | undefined, digits = 1): string =>
      value === null || value === undefined || !Number.isFinite(value)
        ? '–'
        : numberFormat(locale, digits).format(value),
    /** A value given in percent (12.5 for 12.5 %), with the language's spacing and decimals. */
    percent: (value: number | null | undefined, digits = 1): string =>
      value === null || value === undefined || !Number.isFinite(value)
        ? '–'
        : percentFormat(locale, digits).format(value / 100),
    date: (iso: string): string => {
      if (!iso) return '–'
      const date = new Date(`${iso.slice(0, 10)}T00:00:00`)
      return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, 'date').format(date)
    },
    time: (iso: string): string => dateFormat(locale, 'time').format(new Date(iso)),
  }
}
