import { useTranslation } from 'react-i18next'
import { formatNumber, numberFormatOf } from '../../../i18n/format'

/**
 * Formats scores and aggregates with a fixed number of decimals in the UI language (4,0 and 3,5
 * line up in a column); a missing or non-finite value shows as a dash, never NaN or Infinity.
 */
export function useFixed(): (value: number | null | undefined, digits?: number) => string {
  const { i18n } = useTranslation()
  const language = i18n.language
  return (value, digits = 1) =>
    formatNumber(
      value,
      numberFormatOf(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    )
}
