import { useTranslation } from 'react-i18next'
import { QUADRANTS, setPrioritisation } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { DraftText } from '../common/DraftText'
import { QUADRANT_KEYS } from '../common/useQuadrantLabel'

/** The four quadrant names; an empty field falls back to the glossary's name. */
export function QuadrantLabelsEditor() {
  const { t } = useTranslation('prioritisation')
  const { t: term } = useTranslation('glossary')
  const labels = useProject().prioritisation.matrix.quadrantLabels
  const dispatch = useDispatch()
  return (
    <details className="panel-box">
      <summary>{t('matrix.labelsHeading')}</summary>
      <p className="muted">{t('matrix.labelsHint')}</p>
      <div className="field-row">
        {QUADRANTS.map((quadrant) => {
          const key = QUADRANT_KEYS[quadrant]
          return (
            <DraftText
              key={quadrant}
              label={t('matrix.labelFor', { name: term(key) })}
              value={labels[key]}
              onCommit={(value) => {
                dispatch((p) =>
                  setPrioritisation(p, { matrix: { quadrantLabels: { [key]: value } } }),
                )
              }}
            />
          )
        })}
      </div>
    </details>
  )
}
