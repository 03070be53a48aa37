import { useTranslation } from 'react-i18next'

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
      : new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value)
}
