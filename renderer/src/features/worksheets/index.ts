import type { ComponentType } from 'react'
import type { StepId } from '../../../../shared/domain'
import { AdvantageWorksheet } from './advantage/AdvantageWorksheet'
import { CapabilitiesWorksheet } from './capabilities/CapabilitiesWorksheet'
import { CultureWorksheet } from './culture/CultureWorksheet'
import { ExecutionWorksheet } from './execution/ExecutionWorksheet'
import { SegmentsWorksheet } from './segments/SegmentsWorksheet'
import { ServicesWorksheet } from './services/ServicesWorksheet'
import { VisionWorksheet } from './vision/VisionWorksheet'

/** The structured worksheet of each of the seven steps. */
export const WORKSHEET_COMPONENTS: Record<StepId, ComponentType> = {
  vision: VisionWorksheet,
  segments: SegmentsWorksheet,
  services: ServicesWorksheet,
  advantage: AdvantageWorksheet,
  capabilities: CapabilitiesWorksheet,
  culture: CultureWorksheet,
  execution: ExecutionWorksheet,
}
