import type { ComponentType } from 'react'
import type { StepId } from '../../../../shared/domain'
import { WORKSHEET_COMPONENTS } from '../worksheets'

/**
 * The structured worksheet of each step, shown below its guiding questions. A step without an
 * entry shows only its questions.
 */
export const WORKSHEETS: Partial<Record<StepId, ComponentType>> = { ...WORKSHEET_COMPONENTS }
