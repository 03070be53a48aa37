import type { Language } from './schema/common'

/** A text in both languages of the app. */
export type Localized = Readonly<Record<Language, string>>

/** Picks the text for a language. */
export function pick(text: Localized, language: Language): string {
  return text[language]
}
