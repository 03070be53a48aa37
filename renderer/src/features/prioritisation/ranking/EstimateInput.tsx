import { useTranslation } from 'react-i18next'
import { Estimates, patchInitiative, type Initiative } from '../../../../../shared/domain'
import { NumberField } from '../../../components/table'
import { useDispatch } from '../../../state/project-store'
import { ESTIMATE_INPUTS, type EstimateField } from './estimate-fields'

/** Reads a select's or an input's text as the estimate's value; null when cleared or invalid. */
function valueOf(field: EstimateField, text: string): Estimates[EstimateField] | undefined {
  if (text === '') return null
  const raw = field === 'moscow' ? text : Number(text)
  const parsed = Estimates.shape[field].safeParse(raw)
  return parsed.success ? parsed.data : undefined
}

/** One estimate of one initiative (RICE reach, ICE ease, WSJF job size, MoSCoW, ...). */
export function EstimateInput({
  initiative,
  field,
  label,
}: {
  readonly initiative: Initiative
  readonly field: EstimateField
  readonly label: string
}) {
  const { t } = useTranslation('prioritisation')
  const dispatch = useDispatch()
  const input = ESTIMATE_INPUTS[field]
  const current = initiative.estimates[field]
  const commit = (text: string) => {
    const value = valueOf(field, text)
    if (value === undefined || value === current) return
    const estimates = { ...initiative.estimates, [field]: value }
    dispatch((p) => patchInitiative(p, { id: initiative.id, patch: { estimates } }))
  }
  if (input.kind === 'amount') {
    return (
      <NumberField
        className="estimate-input"
        aria-label={label}
        value={typeof current === 'number' ? current : null}
        onChange={(value) => {
          commit(value === null ? '' : String(value))
        }}
      />
    )
  }
  return (
    <select
      className="estimate-input"
      aria-label={label}
      value={current === null ? '' : String(current)}
      onChange={(event) => {
        commit(event.target.value)
      }}
    >
      <option value="">{t('estimates.none')}</option>
      {input.values.map((value) => (
        <option key={value} value={String(value)}>
          {typeof value === 'string'
            ? t(`moscow.${value}`)
            : t(`estimates.value.${field}`, { value })}
        </option>
      ))}
    </select>
  )
}
