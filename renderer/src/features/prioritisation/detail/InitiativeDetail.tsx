import { useTranslation } from 'react-i18next'
import { Dialog } from '../../../components/Dialog'
import { useProjectStore } from '../../../state/project-store'
import { closeInitiative, usePrioritisationUi } from '../prioritisation-ui-store'
import { EstimatesForm } from '../ranking/EstimatesForm'
import { InitiativeFieldsForm } from './InitiativeFieldsForm'
import { InitiativeScores } from './InitiativeScores'
import { LinksEditor } from './LinksEditor'

/** The detail panel of one initiative, opened from the register, the matrix or the ranking. */
export function InitiativeDetail() {
  const { t } = useTranslation('prioritisation')
  const id = usePrioritisationUi((state) => state.openInitiativeId)
  const initiative = useProjectStore(
    (state) => state.project?.initiatives.find((candidate) => candidate.id === id) ?? null,
  )
  if (!initiative) {
    return (
      <Dialog title={t('detail.missingTitle')} onClose={closeInitiative}>
        <p>{t('detail.missing')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={closeInitiative}>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    )
  }
  return (
    <Dialog title={initiative.title || t('register.untitled')} onClose={closeInitiative}>
      <div className="initiative-detail" data-initiative-id={initiative.id}>
        <InitiativeFieldsForm initiative={initiative} />
        <LinksEditor initiative={initiative} />
        <EstimatesForm initiative={initiative} />
        <InitiativeScores initiative={initiative} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={closeInitiative}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  )
}
