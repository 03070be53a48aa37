import { useTranslation } from 'react-i18next'
import {
  Confidence,
  Support,
  assumptionRows,
  communicationRows,
  setVisionStatement,
  stakeholderRows,
} from '../../../../../shared/domain'
import { EditableTable } from '../../../components/table'
import { newId } from '../../../state/ids'
import { WorksheetSections } from '../common/WorksheetSections'
import { useEnumOptions, useWorksheet } from '../common/use-worksheet'
import { useRowEditing } from '../common/use-row-editing'

/** Step 1: the vision statement, who backs it, what it rests on and how it is communicated. */
export function VisionWorksheet() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('vision')
  const supportOptions = useEnumOptions('support', Support.options)
  const confidenceOptions = useEnumOptions('confidence', Confidence.options)
  const stakeholders = useRowEditing(stakeholderRows, () => ({
    id: newId('sh'),
    name: '',
    role: '',
    support: 'neutral' as const,
  }))
  const assumptions = useRowEditing(assumptionRows, () => ({
    id: newId('as'),
    text: '',
    evidence: '',
    confidence: 'medium' as const,
  }))
  const communications = useRowEditing(communicationRows, () => ({
    id: newId('cm'),
    audience: '',
    message: '',
    channel: '',
  }))

  return (
    <WorksheetSections
      sections={[
        {
          id: 'statement',
          title: t('vision.statement'),
          hint: t('vision.statementHint'),
          content: (
            <textarea
              className="vision-statement"
              aria-label={t('vision.statement')}
              rows={3}
              value={worksheet.statement}
              onChange={(event) => {
                const statement = event.target.value
                dispatch((p) => setVisionStatement(p, { statement }))
              }}
            />
          ),
        },
        {
          id: 'stakeholders',
          title: t('vision.stakeholders'),
          hint: t('vision.stakeholdersHint'),
          content: (
            <EditableTable
              caption={t('vision.stakeholders')}
              rows={worksheet.stakeholders}
              columns={[
                stakeholders.text('name', t('vision.stakeholderName')),
                stakeholders.text('role', t('vision.stakeholderRole')),
                stakeholders.select('support', t('vision.support'), supportOptions, (v) =>
                  Support.parse(v),
                ),
              ]}
              addLabel={t('vision.addStakeholder')}
              {...stakeholders.tableProps}
            />
          ),
        },
        {
          id: 'assumptions',
          title: t('vision.assumptions'),
          hint: t('vision.assumptionsHint'),
          content: (
            <EditableTable
              caption={t('vision.assumptions')}
              rows={worksheet.assumptions}
              columns={[
                assumptions.text('text', t('vision.assumption'), 'longText'),
                assumptions.text('evidence', t('vision.evidence'), 'longText'),
                assumptions.select('confidence', t('vision.confidence'), confidenceOptions, (v) =>
                  Confidence.parse(v),
                ),
              ]}
              addLabel={t('vision.addAssumption')}
              {...assumptions.tableProps}
            />
          ),
        },
        {
          id: 'communications',
          title: t('vision.communications'),
          hint: t('vision.communicationsHint'),
          content: (
            <EditableTable
              caption={t('vision.communications')}
              rows={worksheet.communications}
              columns={[
                communications.text('audience', t('vision.audience')),
                communications.text('message', t('vision.message'), 'longText'),
                communications.text('channel', t('vision.channel')),
              ]}
              addLabel={t('vision.addCommunication')}
              {...communications.tableProps}
            />
          ),
        },
      ]}
    />
  )
}
