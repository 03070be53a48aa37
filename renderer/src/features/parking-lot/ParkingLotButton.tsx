import { useTranslation } from 'react-i18next'
import { useProject } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'

/** Opens the quick capture from the top bar; shows how many ideas still wait for triage. */
export function ParkingLotButton() {
  const { t } = useTranslation('worksheets')
  const project = useProject()
  const setOverlay = useUiStore((state) => state.setOverlay)
  const open = project.parkingLot.filter((item) => item.triage === 'open').length
  return (
    <button
      type="button"
      title={t('parkingLot.shortcut')}
      aria-keyshortcuts="Control+K"
      onClick={() => {
        setOverlay('parking-lot-capture')
      }}
    >
      {t('parkingLot.captureButton', { count: open })}
    </button>
  )
}
