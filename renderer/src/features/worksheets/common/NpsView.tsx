import { useTranslation } from 'react-i18next'
import { nps, type NpsCounts } from '../../../../../shared/domain'
import { NumberField } from '../../../components/table'
import { useFormat } from '../../../i18n/format'

const COUNTS = ['promoters', 'passives', 'detractors'] as const

/** A score from -100 to +100 with its sign, in the UI language. */
export function useSignedScore() {
  const format = useFormat()
  return (score: number | null) =>
    score === null ? '–' : `${score > 0 ? '+' : ''}${format.number(score, 0)}`
}

/**
 * The counts of promoters, passives and detractors, and the Net Promoter Score derived from
 * them with its formula. Used for customers per segment (NPS) and for employees (eNPS).
 */
export function NpsView({
  counts,
  onChange,
  label,
}: {
  readonly counts: NpsCounts
  readonly onChange: (patch: Partial<NpsCounts>) => void
  /** 'nps' or 'enps': which score this is. */
  readonly label: 'nps' | 'enps'
}) {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  const signed = useSignedScore()
  const result = nps(counts)
  const percent = (value: number | null) => format.percent(value, 0)
  return (
    <div className="nps">
      <div className="field-row">
        {COUNTS.map((count) => (
          <label key={count} className="field">
            <span>{t(`nps.${count}`)}</span>
            <NumberField
              className="count"
              isInteger
              max={1e9}
              value={counts[count]}
              onChange={(value) => {
                onChange({ [count]: value ?? 0 })
              }}
            />
          </label>
        ))}
      </div>
      <p className="formula">
        <span>{t(`nps.formula.${label}`)}</span>
        {result.score !== null && (
          <span>
            {' = '}
            {percent(result.promotersPercent)} − {percent(result.detractorsPercent)}
          </span>
        )}
      </p>
      <p className="metric" data-testid={`${label}-score`}>
        <span>{t(`nps.result.${label}`)}: </span>
        <strong>{result.score === null ? t('nps.noAnswers') : signed(result.score)}</strong>
        {result.score !== null && (
          <span className="muted"> ({t('nps.total', { count: result.total })})</span>
        )}
      </p>
    </div>
  )
}
