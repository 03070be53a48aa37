import type { ComponentType } from 'react'

/** Small controls a feature adds to the top bar, such as the step timer; shown in presenter mode too. */
export const TOOLBAR_EXTRAS: readonly ComponentType[] = []
