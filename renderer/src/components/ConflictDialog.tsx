import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { compareProjects, type Difference } from '../../../shared/domain'
import { api } from '../api'
import { loadTheirs, report, saveAs } from '../app/commands'
import { useProjectStore } from '../state/project-store'
import { useUiStore } from '../state/ui-store'
import { Dialog } from './Dialog'

/** Offers the three ways out of a save conflict: keep mine (save as), load theirs, compare. */
export function ConflictDialog({ message }: { readonly message: string }) {
  const { t } = useTranslation()
  const [differences, setDifferences] = useState<readonly Difference[] | null>(null)
  const close = () => {
    useUiStore.getState().setConflict(null)
  }
  const compare = async () => {
    const mine = useProjectStore.getState().project
    const result = await api().projectReload({})
    if (!result.ok) {
      report(result.error)
      return
    }
    if (mine) setDifferences(compareProjects(mine, result.data.project))
  }
  return (
    <Dialog title={t('conflict.heading')} onClose={close}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void saveAs()}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => void loadTheirs()}>
          {t('conflict.loadTheirs')}
        </button>
        <button type="button" onClick={() => void compare()}>
          {t('conflict.compare')}
        </button>
        <button type="button" onClick={close}>
          {t('conflict.cancel')}
        </button>
      </div>
      {differences && (
        <section aria-label={t('conflict.compareHeading')}>
          <h3>{t('conflict.compareHeading')}</h3>
          {differences.length === 0 ? (
            <p>{t('conflict.noDifferences')}</p>
          ) : (
            <table className="compare">
              <tbody>
                {differences.map((d) => (
                  <tr key={d.where}>
                    <th scope="row">{d.where}</th>
                    <td>{d.mine}</td>
                    <td>{d.theirs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </Dialog>
  )
}
