import { useTranslation } from 'react-i18next'
import { CarePillar, careActionRows, type CareAction } from '../../../../../shared/domain'
import { EditableTable } from '../../../components/table'
import { newId } from '../../../state/ids'
import { useEnumOptions, useWorksheet } from '../common/use-worksheet'
import { useRowEditing } from '../common/use-row-editing'

/** The four CARE pillars for each audience, in the order of the acronym. */
type CareAudience = CareAction['audience']

export const CARE_PILLARS: Record<CareAudience, readonly CareAction['pillar'][]> = {
  employees: ['communicate', 'appreciate', 'recognize', 'empower'],
  customers: ['communicate', 'acknowledge', 'respond', 'enrich'],
}

/** The offset that moves a row past its next neighbour of the same audience in the full list. */
function offsetWithin(actions: readonly CareAction[], row: CareAction, direction: number): number {
  const from = actions.indexOf(row)
  for (let to = from + direction; to >= 0 && to < actions.length; to += direction) {
    if (actions[to]?.audience === row.audience) return to - from
  }
  return 0
}

/** CARE actions for employees or for customers, each under one pillar of the acronym. */
export function CareActions({ audience }: { readonly audience: CareAudience }) {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('culture')
  const pillars = CARE_PILLARS[audience]
  const pillarOptions = useEnumOptions('pillar', pillars)
  const actions = useRowEditing(careActionRows, () => ({
    id: newId('ca'),
    audience,
    pillar: pillars[0] ?? 'communicate',
    text: '',
  }))
  const rows = worksheet.careActions.filter((action) => action.audience === audience)
  const missing = pillars.filter((pillar) => !rows.some((row) => row.pillar === pillar))
  return (
    <>
      <EditableTable
        caption={t(audience === 'employees' ? 'culture.careEmployees' : 'culture.careCustomers')}
        rows={rows}
        columns={[
          actions.select('pillar', t('culture.pillar'), pillarOptions, (v) => CarePillar.parse(v)),
          actions.text('text', t('culture.action'), 'longText'),
        ]}
        addLabel={t(
          audience === 'employees' ? 'culture.addCareEmployees' : 'culture.addCareCustomers',
        )}
        {...actions.tableProps}
        onMove={(row, direction) => {
          const offset = offsetWithin(worksheet.careActions, row, direction)
          if (offset !== 0) dispatch((p) => careActionRows.move(p, { id: row.id, offset }))
        }}
      />
      {missing.length > 0 && (
        <p className="muted care-missing">
          {t('culture.pillarsWithoutAction', {
            pillars: missing.map((pillar) => t(`enums.pillar.${pillar}`)).join(', '),
          })}
        </p>
      )}
    </>
  )
}
