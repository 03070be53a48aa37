import { useTranslation } from 'react-i18next'
import { useProjectPart } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'
import { openIdeas } from './open-ideas'

/** Opens the quick capture from the top bar; shows how many ideas still wait for triage. */
export function ParkingLotButton() {
  const { t } = useTranslation('worksheets')
  const open = useProjectPart(openIdeas)
  const setOverlay = useUiStore((state) => state.setOverlay)
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
