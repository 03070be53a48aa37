import { useTranslation } from 'react-i18next'
import {
  attributeRows,
  competitorRows,
  rateAttribute,
  returnReasonRows,
  type AdvantageAttribute,
} from '../../../../../shared/domain'
import { EditableTable, type TableColumn } from '../../../components/table'
import { newId } from '../../../state/ids'
import { WorksheetSections } from '../common/WorksheetSections'
import { useWorksheet } from '../common/use-worksheet'
import { useRowEditing } from '../common/use-row-editing'
import { CompetitorChart } from './CompetitorChart'

/** Step 4: competitors, attributes rated for us and each competitor, and why customers return. */
export function AdvantageWorksheet() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('advantage')
  const competitors = useRowEditing(competitorRows, () => ({ id: newId('co'), name: '' }))
  const attributes = useRowEditing(attributeRows, () => ({
    id: newId('at'),
    name: '',
    ours: null,
    competitors: {},
  }))
  const reasons = useRowEditing(returnReasonRows, () => ({ id: newId('rr'), text: '' }))

  const ratingColumns: TableColumn<AdvantageAttribute>[] = [
    {
      kind: 'level',
      id: 'ours',
      header: t('advantage.ours'),
      width: '7rem',
      value: (row) => row.ours,
      onChange: (row, level) => {
        dispatch((p) => rateAttribute(p, { attributeId: row.id, competitorId: null, level }))
      },
    },
    ...worksheet.competitors.map((competitor, index): TableColumn<AdvantageAttribute> => ({
      kind: 'level',
      id: `competitor-${competitor.id}`,
      header: competitor.name || t('advantage.unnamedCompetitor', { number: index + 1 }),
      width: '7rem',
      value: (row) => row.competitors[competitor.id] ?? null,
      onChange: (row, level) => {
        dispatch((p) =>
          rateAttribute(p, { attributeId: row.id, competitorId: competitor.id, level }),
        )
      },
    })),
  ]

  return (
    <WorksheetSections
      sections={[
        {
          id: 'competitors',
          title: t('advantage.competitors'),
          hint: t('advantage.competitorsHint'),
          content: (
            <EditableTable
              caption={t('advantage.competitors')}
              rows={worksheet.competitors}
              columns={[competitors.text('name', t('advantage.competitorName'))]}
              addLabel={t('advantage.addCompetitor')}
              {...competitors.tableProps}
            />
          ),
        },
        {
          id: 'attributes',
          title: t('advantage.attributes'),
          hint: t('advantage.attributesHint'),
          content: (
            <>
              <EditableTable
                caption={t('advantage.attributes')}
                rows={worksheet.attributes}
                columns={[attributes.text('name', t('advantage.attributeName')), ...ratingColumns]}
                addLabel={t('advantage.addAttribute')}
                {...attributes.tableProps}
              />
              <CompetitorChart />
            </>
          ),
        },
        {
          id: 'return-reasons',
          title: t('advantage.returnReasons'),
          hint: t('advantage.returnReasonsHint'),
          content: (
            <EditableTable
              caption={t('advantage.returnReasons')}
              rows={worksheet.returnReasons}
              columns={[reasons.text('text', t('advantage.returnReason'), 'longText')]}
              addLabel={t('advantage.addReturnReason')}
              {...reasons.tableProps}
            />
          ),
        },
      ]}
    />
  )
}
