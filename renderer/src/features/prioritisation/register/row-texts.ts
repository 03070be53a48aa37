import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { InitiativeStatus } from '../../../../../shared/domain'
import { REGISTER_COLUMN_IDS, type RegisterColumnId } from './register-columns'
import { localeOf } from '../../../i18n/format'

/** Every text a register row shows, made once per language rather than once per row. */
export interface RowTexts {
  readonly column: Readonly<Record<RegisterColumnId, string>>
  readonly status: Readonly<Record<InitiativeStatus, string>>
  readonly untitled: string
  readonly details: string
  readonly openDetails: (title: string) => string
  readonly remove: (title: string) => string
  readonly removed: (title: string) => string
  readonly date: (iso: string) => string
}

/** Stands for the title while a sentence is translated once; no translation contains it. */
const TITLE = '\u0000'

/** A sentence translated once, with each row's title put in later. */
function withTitle(sentence: string): (title: string) => string {
  const parts = sentence.split(TITLE)
  return (title) => parts.join(title)
}

/** The register rows' texts in the UI language. */
export function useRowTexts(): RowTexts {
  const { t, i18n } = useTranslation('prioritisation')
  const language = i18n.language
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(localeOf(language), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    })
    // Initiatives share few distinct dates; each is formatted once per language.
    const dates = new Map<string, string>()
    return {
      column: Object.fromEntries(
        REGISTER_COLUMN_IDS.map((id) => [id, t(`register.column.${id}`)]),
      ) as Record<RegisterColumnId, string>,
      status: Object.fromEntries(
        InitiativeStatus.options.map((status) => [status, t(`status.${status}`)]),
      ) as Record<InitiativeStatus, string>,
      untitled: t('register.untitled'),
      details: t('register.details'),
      openDetails: withTitle(t('register.openDetails', { title: TITLE })),
      remove: withTitle(t('register.remove', { title: TITLE })),
      removed: withTitle(t('register.removed', { title: TITLE })),
      date: (iso) => {
        let shown = dates.get(iso)
        if (shown === undefined) {
          const date = new Date(`${iso}T00:00:00Z`)
          shown = iso === '' || Number.isNaN(date.getTime()) ? iso : short.format(date)
          dates.set(iso, shown)
        }
        return shown
      },
    }
  }, [t, language])
}
