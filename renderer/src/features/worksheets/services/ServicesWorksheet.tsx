import { useTranslation } from 'react-i18next'
import {
  NeedState,
  ServiceKind,
  needRows,
  serviceRows,
  setServiceSegment,
  type Need,
  type Service,
} from '../../../../../shared/domain'
import { EditableTable, type TableColumn } from '../../../components/table'
import { newId } from '../../../state/ids'
import { WorksheetSections } from '../common/WorksheetSections'
import { useProjectPart } from '../../../state/project-store'
import { useEnumOptions, useWorksheet } from '../common/use-worksheet'
import { useRowEditing } from '../common/use-row-editing'
import { ServiceGrid } from './ServiceGrid'

/** Step 3: needs per segment, the services that meet them, and the segment x service grid. */
export function ServicesWorksheet() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('services')
  const segmentList = useProjectPart((project) => project.steps.segments.segments)
  const stateOptions = useEnumOptions('needState', NeedState.options)
  const kindOptions = useEnumOptions('serviceKind', ServiceKind.options)
  const segmentOptions = segmentList.map((segment, index) => ({
    value: segment.id,
    label: segment.name || t('segments.unnamed', { number: index + 1 }),
  }))
  const needs = useRowEditing(needRows, () => ({
    id: newId('nd'),
    segmentId: segmentList[0]?.id ?? null,
    text: '',
    state: 'investigate' as const,
  }))
  const services = useRowEditing(serviceRows, () => ({
    id: newId('sv'),
    name: '',
    kind: 'existing' as const,
    attributes: '',
    segmentIds: [],
    needIds: [],
  }))

  const segmentColumn: TableColumn<Need> = {
    kind: 'select',
    id: 'segment',
    header: t('services.needSegment'),
    width: '14rem',
    options: [{ value: '', label: t('services.allSegments') }, ...segmentOptions],
    value: (row) => row.segmentId ?? '',
    onChange: (row, value) => {
      needs.patch(row, { segmentId: value === '' ? null : value })
    },
  }
  const servedSegmentsColumn: TableColumn<Service> = {
    kind: 'multi',
    id: 'segments',
    header: t('services.servedSegments'),
    options: segmentOptions,
    value: (row) => row.segmentIds,
    onChange: (row, segmentId, isServed) => {
      dispatch((p) => setServiceSegment(p, { serviceId: row.id, segmentId, isServed }))
    },
  }

  return (
    <WorksheetSections
      sections={[
        {
          id: 'needs',
          title: t('services.needs'),
          hint: t('services.needsHint'),
          content: (
            <EditableTable
              caption={t('services.needs')}
              rows={worksheet.needs}
              columns={[
                segmentColumn,
                needs.text('text', t('services.need'), 'longText'),
                needs.select('state', t('services.needState'), stateOptions, (v) =>
                  NeedState.parse(v),
                ),
              ]}
              addLabel={t('services.addNeed')}
              {...needs.tableProps}
            />
          ),
        },
        {
          id: 'services',
          title: t('services.services'),
          hint: t('services.servicesHint'),
          content: (
            <EditableTable
              caption={t('services.services')}
              rows={worksheet.services}
              columns={[
                services.text('name', t('services.serviceName')),
                services.select('kind', t('services.kind'), kindOptions, (v) =>
                  ServiceKind.parse(v),
                ),
                services.text('attributes', t('services.attributes'), 'longText'),
                servedSegmentsColumn,
              ]}
              addLabel={t('services.addService')}
              {...services.tableProps}
            />
          ),
        },
        {
          id: 'grid',
          title: t('services.grid'),
          hint: t('services.gridHint'),
          content: <ServiceGrid />,
        },
      ]}
    />
  )
}
