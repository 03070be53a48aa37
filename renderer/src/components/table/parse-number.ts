/**
 * Reads a number typed in the UI language: "1.234,5" in German, "1,234.5" in English.
 * Returns null for an empty field and undefined for text that is no number.
 */
export function parseLocalNumber(text: string, language: string): number | null | undefined {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '')
  if (trimmed === '') return null
  const isGerman = language.startsWith('de')
  const normalised = isGerman
    ? trimmed.replace(/\./g, '').replace(',', '.')
    : trimmed.replace(/,/g, '')
  if (!/^-?\d*\.?\d+$|^-?\d+\.$/.test(normalised)) return undefined
  const value = Number(normalised)
  return Number.isFinite(value) ? value : undefined
}
