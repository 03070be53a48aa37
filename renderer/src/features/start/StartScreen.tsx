import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecentEntry, RecoveryDraft } from '../../../../shared/api'
import { api } from '../../api'
import { newProject, openProject, openRecent, report, restoreDraft } from '../../app/commands'
import { useFormat } from '../../i18n/format'
import { UiLanguageSwitch } from '../../components/UiLanguageSwitch'

/** The first screen: new, open, recent projects, and unsaved work to recover. */
export function StartScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const [recent, setRecent] = useState<readonly RecentEntry[]>([])
  const [drafts, setDrafts] = useState<readonly RecoveryDraft[]>([])

  useEffect(() => {
    void api()
      .recentList({})
      .then((result) => {
        if (result.ok) setRecent(result.data)
      })
    void api()
      .recoveryList({})
      .then((result) => {
        if (result.ok) setDrafts(result.data)
      })
  }, [])

  const discard = async (id: string) => {
    const result = await api().recoveryDiscard({ id })
    if (result.ok) setDrafts((list) => list.filter((draft) => draft.id !== id))
    else report(result.error)
  }

  return (
    <main className="start">
      <div className="start-top">
        <UiLanguageSwitch />
      </div>
      <h1>{t('appName')}</h1>
      <p className="lead">{t('start.heading')}</p>
      <p>{t('start.lead')}</p>
      {drafts.map((draft) => (
        <section key={draft.id} className="recovery" aria-labelledby={`recovery-${draft.id}`}>
          <h2 id={`recovery-${draft.id}`}>{t('start.recoveryHeading')}</h2>
          <p>
            {t('start.recoveryText', {
              title: draft.title,
              time: `${format.date(draft.savedAt)} ${format.time(draft.savedAt)}`,
            })}
          </p>
          <button type="button" className="primary" onClick={() => void restoreDraft(draft.id)}>
            {t('start.restore')}
          </button>
          <button type="button" onClick={() => void discard(draft.id)}>
            {t('start.discard')}
          </button>
        </section>
      ))}
      <div className="start-actions">
        <button type="button" className="primary" onClick={() => void newProject('de')}>
          {t('start.newGerman')}
        </button>
        <button type="button" className="primary" onClick={() => void newProject('en')}>
          {t('start.newEnglish')}
        </button>
        <button type="button" onClick={() => void openProject()}>
          {t('start.open')}
        </button>
      </div>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p>{t('start.noRecent')}</p>
        ) : (
          <ul className="recent">
            {recent.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="link" onClick={() => void openRecent(entry.id)}>
                  {entry.fileName}
                </button>
                <span className="muted">
                  {' '}
                  {entry.folderName} · {format.date(entry.openedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
