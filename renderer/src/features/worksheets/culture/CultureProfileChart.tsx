import { useTranslation } from 'react-i18next'
import { cultureProfileSvg, type CultureProfileRow } from '../../../../../shared/charts'
import type { CultureQuestionSummary } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { SvgFigure } from '../common/SvgFigure'

/** The group's culture profile as a chart: mean and lowest-to-highest rating per question. */
export function CultureProfileChart({
  profile,
}: {
  readonly profile: readonly CultureQuestionSummary[]
}) {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  const rows: CultureProfileRow[] = profile.map((summary) => ({
    id: summary.questionId,
    label: t(`culture.short.${summary.questionId}`),
    mean: summary.mean,
    min: summary.min,
    max: summary.max,
    count: summary.count,
  }))
  const svg = cultureProfileSvg({
    title: t('culture.chart'),
    description: t('culture.profileHint'),
    rows,
    legend: {
      mean: t('culture.mean'),
      range: t('culture.chartRange'),
      noRatings: t('culture.noRatings'),
    },
    formatNumber: (value) => format.number(value, 1),
    idPrefix: 'culture-profile',
  })
  return <SvgFigure svg={svg} alt={t('culture.chart')} className="culture-chart" />
}
