import { useTranslation } from 'react-i18next'
import type { CriterionAggregate } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useFixed } from '../common/useFixed'

/**
 * One criterion's group value with its spread right beside it, so that an average of 1 and 5
 * never looks like consensus on 3: "3,0 (sd 2,0 · 1–5)".
 */
export function AggregateCell({ aggregate }: { readonly aggregate: CriterionAggregate }) {
  const { t } = useTranslation('prioritisation')
  const format = useFormat()
  const fixed = useFixed()
  if (aggregate.value === null) return <span className="reason">{t('reason.unrated')}</span>
  return (
    <span className={aggregate.isContested ? 'aggregate contested' : 'aggregate'}>
      <strong>{fixed(aggregate.value)}</strong>{' '}
      <span className="spread">
        (
        {t('spread.text', {
          sd: format.number(aggregate.sd, 1),
          min: format.number(aggregate.min, 1),
          max: format.number(aggregate.max, 1),
          count: aggregate.count,
        })}
        )
      </span>
      {aggregate.isContested && (
        <span className="badge contested" title={t('contested.hint')}>
          ⚡<span className="visually-hidden"> {t('contested.label')}</span>
        </span>
      )}
    </span>
  )
}
