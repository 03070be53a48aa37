import type { ComponentType } from 'react'
import { StepTimer } from '../features/timer/StepTimer'
import { ParkingLotButton } from '../features/parking-lot/ParkingLotButton'

/** Small controls a feature adds to the top bar, such as the step timer; shown in presenter mode too. */
export const TOOLBAR_EXTRAS: readonly ComponentType[] = [StepTimer, ParkingLotButton]
