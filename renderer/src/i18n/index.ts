import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/domain'
import { NAMESPACE_NAMES, RESOURCES } from './resources'

const STORAGE_KEY = 'loyalty-workshop.ui-language'

/** The UI language chosen before, or the system's if it is German, else English. */
export function initialUiLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY)
  if (stored === 'de' || stored === 'en') return stored
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en'
}

/** Switches the UI language at once and remembers it; the project's own language is separate. */
export async function setUiLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
  await i18n.changeLanguage(language)
}

void i18n.use(initReactI18next).init({
  resources: RESOURCES,
  lng: initialUiLanguage(),
  fallbackLng: 'en',
  ns: NAMESPACE_NAMES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
})
document.documentElement.lang = i18n.language

export default i18n
