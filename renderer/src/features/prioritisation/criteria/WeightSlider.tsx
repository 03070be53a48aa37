import { useTranslation } from 'react-i18next'
import { patchCriterion, type Criterion } from '../../../../../shared/domain'
import { NumberField } from '../../../components/table'
import { useFormat } from '../../../i18n/format'
import { useDispatch } from '../../../state/project-store'

/** The slider's range; a larger weight typed into the number field widens it. */
const SLIDER_MAX = 10

/**
 * A criterion's weight as a slider and a number, with its normalised share in percent. Every
 * move is dispatched at once, so the ranking and the sensitivity panel follow while dragging.
 */
export function WeightSlider({
  criterion,
  share,
}: {
  readonly criterion: Criterion
  /** weight / sum of weights, or null when every weight is 0. */
  readonly share: number | null
}) {
  const { t } = useTranslation('prioritisation')
  const format = useFormat()
  const dispatch = useDispatch()
  const setWeight = (weight: number) => {
    dispatch((p) => patchCriterion(p, { id: criterion.id, patch: { weight } }))
  }
  const percent = share === null ? '–' : format.percent(share * 100, 0)
  return (
    <span className="weight-slider">
      <input
        type="range"
        min={0}
        max={Math.max(SLIDER_MAX, criterion.weight)}
        step={0.5}
        value={criterion.weight}
        aria-label={t('criteria.weightOf', { name: criterion.name })}
        aria-valuetext={t('criteria.weightValue', {
          weight: format.number(criterion.weight, 1),
          percent,
        })}
        onChange={(event) => {
          setWeight(Number(event.target.value))
        }}
      />
      <NumberField
        className="weight-number"
        aria-label={t('criteria.weightNumberOf', { name: criterion.name })}
        value={criterion.weight}
        min={0}
        max={1000}
        onChange={(value) => {
          setWeight(value ?? 0)
        }}
      />
      <output className="weight-share" aria-label={t('criteria.shareOf', { name: criterion.name })}>
        {percent}
      </output>
    </span>
  )
}
