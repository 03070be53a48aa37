import { useTranslation } from 'react-i18next'
import { setPrioritisation, type PrioritisationPatch } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'

type AxisKey = 'xCriterionId' | 'yCriterionId' | 'sizeCriterionId'

/** Any two criteria as the axes and a third as the bubble size. */
export function AxisPickers() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const { matrix } = project.prioritisation
  const picker = (key: AxisKey, allowNone: boolean) => (
    <label className="field" key={key}>
      <span>{t(`matrix.axis.${key}`)}</span>
      <select
        value={matrix[key] ?? ''}
        onChange={(event) => {
          const value = event.target.value === '' ? null : event.target.value
          const patch: PrioritisationPatch = { matrix: { [key]: value } }
          dispatch((p) => setPrioritisation(p, patch))
        }}
      >
        {(allowNone || matrix[key] === null) && <option value="">{t('matrix.axis.none')}</option>}
        {project.criteria.map((criterion) => (
          <option key={criterion.id} value={criterion.id}>
            {criterion.name}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <div className="field-row axis-pickers">
      {picker('yCriterionId', false)}
      {picker('xCriterionId', false)}
      {picker('sizeCriterionId', true)}
    </div>
  )
}
