import { useTranslation } from 'react-i18next'
import { clv, type ClvInputs } from '../../../../../shared/domain'
import { NumberField } from '../../../components/table'
import { useFormat } from '../../../i18n/format'

interface ClvField {
  readonly key: keyof ClvInputs
  readonly max: number
  readonly unit?: string
}

const FIELDS: readonly ClvField[] = [
  { key: 'averagePurchaseValue', max: 1e12 },
  { key: 'purchasesPerYear', max: 1e6 },
  { key: 'lifespanYears', max: 200 },
  { key: 'churnRatePercent', max: 100, unit: '%' },
  { key: 'marginPercent', max: 100, unit: '%' },
]

/**
 * The customer lifetime value of one segment: its inputs, the formula with the numbers put in,
 * and the result. Lifespan may be entered directly or derived from the churn rate.
 */
export function ClvCalculator({
  inputs,
  onChange,
}: {
  readonly inputs: ClvInputs
  readonly onChange: (patch: Partial<ClvInputs>) => void
}) {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  const result = clv(inputs)
  const n = (value: number | null, digits = 2) => format.number(value, digits)
  return (
    <div className="clv">
      <div className="field-row">
        {FIELDS.map((field) => (
          <label key={field.key} className="field">
            <span>{t(`clv.${field.key}`)}</span>
            <span className="number-cell">
              <NumberField
                value={inputs[field.key]}
                max={field.max}
                onChange={(value) => {
                  onChange({ [field.key]: value })
                }}
              />
              {field.unit && <span aria-hidden="true">{field.unit}</span>}
            </span>
          </label>
        ))}
      </div>
      {result.value !== null ? (
        <>
          {result.lifespanFrom === 'churn' && (
            <p className="formula">
              {t('clv.lifespanFromChurn', {
                churn: format.percent(inputs.churnRatePercent, 2),
                years: n(result.lifespanYears),
              })}
            </p>
          )}
          <p className="metric" data-testid="clv-result">
            <span>
              {t('clv.result')} = {n(inputs.averagePurchaseValue)} × {n(inputs.purchasesPerYear)} ×{' '}
              {n(result.lifespanYears)} × {format.percent(inputs.marginPercent, 2)} ={' '}
            </span>
            <strong>{n(result.value, 0)}</strong>
          </p>
        </>
      ) : (
        <p className="metric muted" data-testid="clv-result">
          {result.reason === 'missing-inputs'
            ? t('clv.missing', {
                inputs: result.missing.map((key) => t(`clv.${key}`)).join(', '),
              })
            : t(`clv.${result.reason}`)}
        </p>
      )}
    </div>
  )
}
