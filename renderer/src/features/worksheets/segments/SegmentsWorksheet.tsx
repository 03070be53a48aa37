import { useTranslation } from 'react-i18next'
import { EMPTY_CLV, EMPTY_NPS, segmentRows } from '../../../../../shared/domain'
import { EditableTable } from '../../../components/table'
import { newId } from '../../../state/ids'
import { WorksheetSections } from '../common/WorksheetSections'
import { useWorksheet } from '../common/use-worksheet'
import { useRowEditing } from '../common/use-row-editing'
import { SegmentComparison } from './SegmentComparison'
import { SegmentEconomics } from './SegmentEconomics'

/** Step 2: segments with traits, size and revenue share, their loyalty economics and a comparison. */
export function SegmentsWorksheet() {
  const { t } = useTranslation('worksheets')
  const { worksheet } = useWorksheet('segments')
  const segments = useRowEditing(segmentRows, () => ({
    id: newId('sg'),
    name: '',
    traits: '',
    size: null,
    revenueSharePercent: null,
    isMostValuable: false,
    clv: EMPTY_CLV,
    nps: EMPTY_NPS,
  }))
  return (
    <WorksheetSections
      sections={[
        {
          id: 'segments',
          title: t('segments.segments'),
          hint: t('segments.segmentsHint'),
          content: (
            <EditableTable
              caption={t('segments.segments')}
              rows={worksheet.segments}
              columns={[
                segments.text('name', t('segments.name')),
                segments.text('traits', t('segments.traits'), 'longText'),
                segments.number('size', t('segments.size'), { isInteger: true }),
                segments.number('revenueSharePercent', t('segments.revenueShare'), {
                  max: 100,
                  unit: '%',
                }),
                segments.checkbox('isMostValuable', t('segments.mostValuable')),
              ]}
              rowClassName={(row) => (row.isMostValuable ? 'most-valuable' : undefined)}
              addLabel={t('segments.addSegment')}
              {...segments.tableProps}
            />
          ),
        },
        {
          id: 'economics',
          title: t('segments.economics'),
          hint: t('segments.economicsHint'),
          content: <SegmentEconomics />,
        },
        {
          id: 'comparison',
          title: t('segments.comparison'),
          hint: t('segments.comparisonHint'),
          content: <SegmentComparison />,
        },
      ]}
    />
  )
}
