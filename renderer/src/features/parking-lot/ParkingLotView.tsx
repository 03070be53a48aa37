import { useTranslation } from 'react-i18next'
import {
  ParkingLotTriage,
  patchParkingLotItem,
  pick,
  removeParkingLotItem,
  stepDefinition,
  triageParkingLotItem,
  type ParkingLotItem,
} from '../../../../shared/domain'
import { EditableTable, type TableColumn } from '../../components/table'
import { useDispatch, useProject } from '../../state/project-store'
import { newId } from '../../state/ids'
import { useUiStore } from '../../state/ui-store'
import { useEnumOptions, useLanguage } from '../worksheets/common/use-worksheet'

/**
 * The parking lot: every idea captured during the workshop, where it came from, and its triage
 * (answered, becomes an initiative, out of scope). An idea that becomes an initiative creates it
 * in the register once.
 */
export function ParkingLotView() {
  const { t } = useTranslation('worksheets')
  const language = useLanguage()
  const project = useProject()
  const dispatch = useDispatch()
  const go = useUiStore((state) => state.go)
  const setOverlay = useUiStore((state) => state.setOverlay)
  const triageOptions = useEnumOptions('triage', ParkingLotTriage.options)
  const counts = ParkingLotTriage.options.map((triage) => ({
    triage,
    count: project.parkingLot.filter((item) => item.triage === triage).length,
  }))
  const columns: TableColumn<ParkingLotItem>[] = [
    {
      kind: 'longText',
      id: 'text',
      header: t('parkingLot.idea'),
      value: (item) => item.text,
      onChange: (item, text) => {
        dispatch((p) => patchParkingLotItem(p, { id: item.id, text }))
      },
    },
    {
      kind: 'display',
      id: 'step',
      header: t('parkingLot.step'),
      width: '12rem',
      render: (item) =>
        item.stepId ? (
          <span>
            {stepDefinition(item.stepId).number}.{' '}
            {pick(stepDefinition(item.stepId).title, language)}
          </span>
        ) : (
          <span className="muted">–</span>
        ),
    },
    {
      kind: 'select',
      id: 'triage',
      header: t('parkingLot.triage'),
      width: '14rem',
      options: triageOptions,
      value: (item) => item.triage,
      onChange: (item, value) => {
        const triage = ParkingLotTriage.parse(value)
        dispatch((p) =>
          triageParkingLotItem(p, { id: item.id, triage, newInitiativeId: newId('i') }),
        )
      },
    },
    {
      kind: 'display',
      id: 'initiative',
      header: t('parkingLot.initiative'),
      width: '14rem',
      render: (item) => {
        const initiative = project.initiatives.find((i) => i.id === item.initiativeId)
        return initiative ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              go({ kind: 'feature', feature: 'initiatives' })
            }}
          >
            {t('parkingLot.toInitiative', { title: initiative.title })}
          </button>
        ) : (
          <span className="muted">–</span>
        )
      },
    },
  ]
  return (
    <section className="parking-lot" aria-labelledby="parking-lot-heading">
      <h1 id="parking-lot-heading">{t('parkingLot.heading')}</h1>
      <p>{t('parkingLot.intro')}</p>
      <ul className="triage-counts">
        {counts.map(({ triage, count }) => (
          <li key={triage} className={`triage-${triage}`}>
            {t(`enums.triage.${triage}`)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <EditableTable
        caption={t('parkingLot.heading')}
        rows={project.parkingLot}
        columns={columns}
        rowClassName={(item) => `triage-${item.triage}`}
        onRemove={(item) => {
          dispatch((p) => removeParkingLotItem(p, { id: item.id }))
        }}
      />
      <button
        type="button"
        className="add-row"
        onClick={() => {
          setOverlay('parking-lot-capture')
        }}
      >
        {t('parkingLot.addIdea')}
      </button>
    </section>
  )
}
