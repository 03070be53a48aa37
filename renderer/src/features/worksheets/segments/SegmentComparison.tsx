import { useTranslation } from 'react-i18next'
import { clv, nps, type Segment } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useSignedScore } from '../common/NpsView'
import { useWorksheet } from '../common/use-worksheet'

/** The segments side by side: size, share of revenue, CLV, NPS and which are most valuable. */
export function SegmentComparison() {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  const signed = useSignedScore()
  const { worksheet } = useWorksheet('segments')
  const segments = worksheet.segments
  if (segments.length === 0) return <p className="muted">{t('segments.noSegments')}</p>
  const rows: readonly [string, (segment: Segment) => string][] = [
    ['traits', (s) => s.traits || '–'],
    ['size', (s) => format.number(s.size, 0)],
    ['revenueShare', (s) => format.percent(s.revenueSharePercent)],
    ['clv', (s) => format.number(clv(s.clv).value, 0)],
    ['nps', (s) => signed(nps(s.nps).score)],
    ['mostValuable', (s) => (s.isMostValuable ? t('common.yes') : t('common.no'))],
  ]
  const totalShare = segments.reduce((sum, s) => sum + (s.revenueSharePercent ?? 0), 0)
  return (
    <div className="table-scroll">
      <table className="comparison">
        <caption className="visually-hidden">{t('segments.comparison')}</caption>
        <thead>
          <tr>
            <td />
            {segments.map((segment, index) => (
              <th
                key={segment.id}
                scope="col"
                className={segment.isMostValuable ? 'most-valuable' : undefined}
              >
                {segment.name || t('segments.unnamed', { number: index + 1 })}
                {segment.isMostValuable && (
                  <span className="badge">{t('segments.mostValuableBadge')}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{t(`segments.compare.${key}`)}</th>
              {segments.map((segment) => (
                <td
                  key={segment.id}
                  className={segment.isMostValuable ? 'most-valuable' : undefined}
                >
                  {value(segment)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={totalShare > 100 ? 'warning' : 'muted'}>
        {t('segments.totalShare', { total: format.percent(totalShare) })}
      </p>
    </div>
  )
}
