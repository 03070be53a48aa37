import { useTranslation } from 'react-i18next'
import { CapabilityCategory, capabilityRows, type Capability } from '../../../../../shared/domain'
import { EditableTable, type TableColumn } from '../../../components/table'
import { newId } from '../../../state/ids'
import { WorksheetSections } from '../common/WorksheetSections'
import { useEnumOptions, useWorksheet } from '../common/use-worksheet'
import { useRowEditing } from '../common/use-row-editing'
import { CapabilityGaps } from './CapabilityGaps'
import { GapValue } from './GapValue'

/** Step 5: capabilities by category with current and target level, and the gaps, largest first. */
export function CapabilitiesWorksheet() {
  const { t } = useTranslation('worksheets')
  const { worksheet } = useWorksheet('capabilities')
  const categoryOptions = useEnumOptions('category', CapabilityCategory.options)
  const capabilities = useRowEditing(capabilityRows, () => ({
    id: newId('cp'),
    name: '',
    category: 'process' as const,
    current: null,
    target: null,
    note: '',
  }))
  const gapColumn: TableColumn<Capability> = {
    kind: 'display',
    id: 'gap',
    header: t('capabilities.gap'),
    width: '6rem',
    render: (row) => <GapValue current={row.current} target={row.target} />,
  }
  return (
    <WorksheetSections
      sections={[
        {
          id: 'capabilities',
          title: t('capabilities.capabilities'),
          hint: t('capabilities.capabilitiesHint'),
          content: (
            <EditableTable
              caption={t('capabilities.capabilities')}
              rows={worksheet.capabilities}
              columns={[
                capabilities.text('name', t('capabilities.name')),
                capabilities.select('category', t('capabilities.category'), categoryOptions, (v) =>
                  CapabilityCategory.parse(v),
                ),
                capabilities.level('current', t('capabilities.current')),
                capabilities.level('target', t('capabilities.target')),
                gapColumn,
                capabilities.text('note', t('capabilities.note'), 'longText'),
              ]}
              addLabel={t('capabilities.addCapability')}
              {...capabilities.tableProps}
            />
          ),
        },
        {
          id: 'gaps',
          title: t('capabilities.gaps'),
          hint: t('capabilities.gapsHint'),
          content: <CapabilityGaps />,
        },
      ]}
    />
  )
}
