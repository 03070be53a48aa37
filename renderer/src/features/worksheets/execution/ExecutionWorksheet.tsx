import { useTranslation } from 'react-i18next'
import { useProjectPart } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'
import { openIdeas } from '../../parking-lot/open-ideas'

/** Step 7: the way into the initiative register, where initiatives are scored and ranked. */
export function ExecutionWorksheet() {
  const { t } = useTranslation('worksheets')
  const count = useProjectPart((project) => project.initiatives.length)
  const open = useProjectPart(openIdeas)
  const go = useUiStore((state) => state.go)
  return (
    <section className="worksheet-section execution-entry" aria-labelledby="execution-register">
      <h2 id="execution-register">{t('execution.register')}</h2>
      <p>{t('execution.registerHint')}</p>
      <p>{t('execution.initiativeCount', { count })}</p>
      <div className="field-row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            go({ kind: 'feature', feature: 'initiatives' })
          }}
        >
          {t('execution.openRegister')}
        </button>
        <button
          type="button"
          onClick={() => {
            go({ kind: 'feature', feature: 'parking-lot' })
          }}
        >
          {t('execution.openParkingLot', { count: open })}
        </button>
      </div>
    </section>
  )
}
