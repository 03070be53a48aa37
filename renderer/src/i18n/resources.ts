import { GLOSSARY, type GlossaryTerm } from '../../../shared/domain'
import common from './common'
import prioritisation from '../features/prioritisation/i18n'
import worksheets from '../features/worksheets/i18n'
import exportTexts from '../features/export/i18n'

type Bundle = { de: object; en: object }

function glossaryBundle(language: 'de' | 'en'): Record<GlossaryTerm, string> {
  return Object.fromEntries(
    Object.entries(GLOSSARY).map(([term, text]) => [term, text[language]]),
  ) as Record<GlossaryTerm, string>
}

/**
 * Every namespace of UI texts. A feature adds its texts here as `name: bundle`; the glossary
 * namespace comes from shared/ so the UI and the documents use the same words.
 */
const NAMESPACES: Record<string, Bundle> = {
  common,
  glossary: { de: glossaryBundle('de'), en: glossaryBundle('en') },
  prioritisation,
  worksheets,
  export: exportTexts,
}

export const RESOURCES = {
  de: Object.fromEntries(Object.entries(NAMESPACES).map(([ns, bundle]) => [ns, bundle.de])),
  en: Object.fromEntries(Object.entries(NAMESPACES).map(([ns, bundle]) => [ns, bundle.en])),
}

export const NAMESPACE_NAMES = Object.keys(NAMESPACES)
