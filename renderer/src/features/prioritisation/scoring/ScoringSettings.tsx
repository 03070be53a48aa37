import { useTranslation } from 'react-i18next'
import { Aggregation, setPrioritisation } from '../../../../../shared/domain'
import { NumberField } from '../../../components/table'
import { useDispatch, useProject } from '../../../state/project-store'

/** How the raters' ratings are combined: mean or median, and when disagreement counts as contested. */
export function ScoringSettings() {
  const { t } = useTranslation('prioritisation')
  const { prioritisation } = useProject()
  const dispatch = useDispatch()
  return (
    <div className="field-row scoring-settings">
      <label className="field">
        <span>{t('aggregation.label')}</span>
        <select
          value={prioritisation.aggregation}
          onChange={(event) => {
            const aggregation = Aggregation.parse(event.target.value)
            dispatch((p) => setPrioritisation(p, { aggregation }))
          }}
        >
          {Aggregation.options.map((option) => (
            <option key={option} value={option}>
              {t(`aggregation.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('contested.threshold')}</span>
        <NumberField
          value={prioritisation.contestedRange}
          min={0}
          max={4}
          onChange={(value) => {
            dispatch((p) => setPrioritisation(p, { contestedRange: value ?? 3 }))
          }}
        />
      </label>
      <p className="muted field-note">{t('contested.thresholdHint')}</p>
    </div>
  )
}
