import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { InitiativeStatus } from '../../../../../shared/domain'
import { REGISTER_COLUMN_IDS, type RegisterColumnId } from './register-columns'

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

/** The register rows' texts in the UI language. */
export function useRowTexts(): RowTexts {
  const { t, i18n } = useTranslation('prioritisation')
  const language = i18n.language
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(language.startsWith('de') ? 'de-DE' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    })
    return {
      column: Object.fromEntries(
        REGISTER_COLUMN_IDS.map((id) => [id, t(`register.column.${id}`)]),
      ) as Record<RegisterColumnId, string>,
      status: Object.fromEntries(
        InitiativeStatus.options.map((status) => [status, t(`status.${status}`)]),
      ) as Record<InitiativeStatus, string>,
      untitled: t('register.untitled'),
      details: t('register.details'),
      openDetails: (title) => t('register.openDetails', { title }),
      remove: (title) => t('register.remove', { title }),
      removed: (title) => t('register.removed', { title }),
      date: (iso) => {
        if (iso === '') return ''
        const date = new Date(`${iso}T00:00:00Z`)
        return Number.isNaN(date.getTime()) ? iso : short.format(date)
      },
    }
  }, [t, language])
}
