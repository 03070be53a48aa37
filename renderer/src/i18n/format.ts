import { useTranslation } from 'react-i18next'

const LOCALES = { de: 'de-DE', en: 'en-GB' } as const

function localeOf(language: string): string {
  return language.startsWith('de') ? LOCALES.de : LOCALES.en
}

/** Formats numbers and dates in the UI language: 1.234,5 and 5. Januar 2026 in German. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return {
    number: (value: number | null | undefined, digits = 1): string =>
      value === null || value === undefined || !Number.isFinite(value)
        ? '–'
        : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    date: (iso: string): string => {
      if (!iso) return '–'
      const date = new Date(`${iso.slice(0, 10)}T00:00:00`)
      return Number.isNaN(date.getTime())
        ? iso
        : new Intl.DateTimeFormat(locale, {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          }).format(date)
    },
    time: (iso: string): string =>
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso)),
  }
}
