import type { ComponentType } from 'react'
import { ExportDialog } from '../features/export/ExportDialog'
import { ParkingLotCapture } from '../features/parking-lot/ParkingLotCapture'
import { ParkingLotView } from '../features/parking-lot/ParkingLotView'
import { PRIORITISATION_OVERLAYS, PRIORITISATION_VIEWS } from '../features/prioritisation/views'

export interface FeatureView {
  readonly id: string
  /** i18n key of the navigation label, e.g. 'prioritisation:nav.register'. */
  readonly labelKey: string
  readonly component: ComponentType
}

/**
 * Views beyond the seven steps (initiative register, matrix, ranking, roadmap, parking lot...).
 * A feature adds itself here and appears in the navigation below the steps.
 */
export const FEATURE_VIEWS: readonly FeatureView[] = [
  ...PRIORITISATION_VIEWS,
  { id: 'parking-lot', labelKey: 'worksheets:parkingLot.nav', component: ParkingLotView },
]

/** Overlays (dialogs) a feature shows above the workspace, keyed by the ui-store's overlay name. */
export const OVERLAYS: Readonly<Record<string, ComponentType>> = {
  ...PRIORITISATION_OVERLAYS,
  'parking-lot-capture': ParkingLotCapture,
  export: ExportDialog,
}
