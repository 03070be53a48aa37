import { useTranslation } from 'react-i18next'
import { capabilityGaps } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useWorksheet } from '../common/use-worksheet'

/**
 * The capabilities sorted by gap, largest first, each with a bar from current to target level on
 * the 1-5 scale; capabilities whose levels are not set yet come last.
 */
export function CapabilityGaps() {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  const { worksheet } = useWorksheet('capabilities')
  const gaps = capabilityGaps(worksheet.capabilities)
  if (gaps.length === 0) return <p className="muted">{t('capabilities.noCapabilities')}</p>
  return (
    <ol className="capability-gap-list" aria-label={t('capabilities.gaps')}>
      {gaps.map(({ capability, gap }, index) => {
        const name = capability.name || t('capabilities.unnamed', { number: index + 1 })
        const current = capability.current ?? 0
        const target = capability.target ?? 0
        const from = Math.min(current, target)
        const to = Math.max(current, target)
        return (
          <li
            key={capability.id}
            className={gap !== null && gap > 0 ? 'capability-gap open' : 'capability-gap'}
          >
            <span className="gap-name">
              {name}
              <span className="muted"> · {t(`enums.category.${capability.category}`)}</span>
            </span>
            <span className="gap-bar" aria-hidden="true">
              {gap !== null && (
                <>
                  <span className="gap-fill current" style={{ width: `${(from / 5) * 100}%` }} />
                  <span
                    className={gap > 0 ? 'gap-fill missing' : 'gap-fill ahead'}
                    style={{ left: `${(from / 5) * 100}%`, width: `${((to - from) / 5) * 100}%` }}
                  />
                </>
              )}
            </span>
            <span className="gap-text">
              {gap === null
                ? t('capabilities.gapUnknown')
                : t('capabilities.gapText', {
                    current: format.number(capability.current, 0),
                    target: format.number(capability.target, 0),
                    gap: gap > 0 ? `+${format.number(gap, 0)}` : format.number(gap, 0),
                  })}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
