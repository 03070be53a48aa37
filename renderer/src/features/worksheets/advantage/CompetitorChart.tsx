import { useTranslation } from 'react-i18next'
import { competitorChartData, competitorChartSvg } from '../../../../../shared/charts'
import { useShallow } from 'zustand/shallow'
import { useProjectPart } from '../../../state/project-store'
import { useFormat } from '../../../i18n/format'
import { SvgFigure } from '../common/SvgFigure'

/** The attribute ratings as a small chart: us against each competitor, on the 1-5 scale. */
export function CompetitorChart() {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  // Redrawn only when the competitors or the attributes change, not while an answer is typed.
  const comparison = useProjectPart(
    useShallow(({ steps }) => ({
      competitors: steps.advantage.competitors,
      attributes: steps.advantage.attributes,
    })),
  )
  const data = competitorChartData(comparison, t('advantage.ours'))
  if (data.attributes.length === 0) return null
  const svg = competitorChartSvg({
    title: t('advantage.chart'),
    description: t('advantage.attributesHint'),
    series: data.series.map((series, index) => ({
      ...series,
      label: series.label || t('advantage.unnamedCompetitor', { number: index }),
    })),
    attributes: data.attributes.map((attribute, index) => ({
      ...attribute,
      label: attribute.label || t('table.row', { number: index + 1 }),
    })),
    notRated: t('advantage.notRated'),
    formatNumber: (value) => format.number(value, 1),
    idPrefix: 'competitor-chart',
  })
  return <SvgFigure svg={svg} alt={t('advantage.chart')} className="competitor-chart" />
}
