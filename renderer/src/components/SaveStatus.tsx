import { useTranslation } from 'react-i18next'
import { saveStateOf, useProjectStore } from '../state/project-store'
import { useFormat } from '../i18n/format'

/** Always shows whether the work is saved: saved / unsaved changes / saving / error. */
export function SaveStatus() {
  const { t } = useTranslation()
  const format = useFormat()
  const state = useProjectStore(saveStateOf)
  const file = useProjectStore((s) => s.file)
  const error = useProjectStore((s) => s.saveError)
  const label =
    state === 'saved' && file
      ? t('save.savedAt', { time: format.time(file.savedAt) })
      : state === 'dirty' && !file
        ? t('save.untitledDraft')
        : t(`save.${state}`)
  return (
    <p
      className={`save-status save-${state}`}
      role="status"
      aria-live="polite"
      title={error ?? undefined}
      data-save-state={state}
    >
      {file && <span className="file-name">{file.fileName} · </span>}
      {label}
    </p>
  )
}
