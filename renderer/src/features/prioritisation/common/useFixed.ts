import { useTranslation } from 'react-i18next'

/** One formatter per locale and number of decimals: making one costs more than formatting. */
const formatters = new Map<string, Intl.NumberFormat>()

function fixedFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${String(digits)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    formatters.set(key, format)
  }
  return format
}

/**
 * Formats scores and aggregates with a fixed number of decimals in the UI language (4,0 and 3,5
 * line up in a column); a missing or non-finite value shows as a dash, never NaN or Infinity.
 */
export function useFixed(): (value: number | null | undefined, digits?: number) => string {
  const { i18n } = useTranslation()
  const locale = i18n.language.startsWith('de') ? 'de-DE' : 'en-GB'
  return (value, digits = 1) =>
    value === null || value === undefined || !Number.isFinite(value)
      ? '–'
      : fixedFormat(locale, digits).format(value)
}
