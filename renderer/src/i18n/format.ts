import { useTranslation } from 'react-i18next'

const LOCALES = { de: 'de-DE', en: 'en-GB' } as const

/** The locale of a UI language, as the formatters of the app use it. */
export function localeOf(language: string): string {
  return language.startsWith('de') ? LOCALES.de : LOCALES.en
}

/** Formatters are costly to make and tables ask for one per cell: each is made once. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

/** The formatter under `key`, made on first use; keys start with the kind, so types never mix. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined
  if (!format) {
    format = make()
    formatters.set(key, format)
  }
  return format
}

/** A number format of a UI language with the given options, made once per locale and options. */
export function numberFormatOf(language: string, options: Intl.NumberFormatOptions) {
  const locale = localeOf(language)
  return cached(
    `number:${locale}:${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  )
}

/** A number in a format; a missing or non-finite value shows as a dash, never NaN or Infinity. */
export function formatNumber(value: number | null | undefined, format: Intl.NumberFormat): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : format.format(value)
}

const DATE_OPTIONS = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

function dateFormat(locale: string, kind: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat {
  return cached(`${kind}:${locale}`, () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[kind]))
}

/**
 * Formats numbers and dates in the UI language: 1.234,5, 12,5 % and 5. Januar 2026 in German;
 * 1,234.5, 12.5% and 5 January 2026 in English.
 */
export function useFormat() {
  const { i18n } = useTranslation()
  const language = i18n.language
  const locale = localeOf(language)
  return {
    number: (value: number | null | undefined, digits = 1): string =>
      formatNumber(value, numberFormatOf(language, { maximumFractionDigits: digits })),
    /** A value given in percent (12.5 for 12.5 %), with the language's spacing and decimals. */
    percent: (value: number | null | undefined, digits = 1): string =>
      formatNumber(
        value === null || value === undefined ? value : value / 100,
        numberFormatOf(language, { style: 'percent', maximumFractionDigits: digits }),
      ),
    date: (iso: string): string => {
      if (!iso) return '–'
      const date = new Date(`${iso.slice(0, 10)}T00:00:00`)
      return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, 'date').format(date)
    },
    time: (iso: string): string => dateFormat(locale, 'time').format(new Date(iso)),
  }
}
