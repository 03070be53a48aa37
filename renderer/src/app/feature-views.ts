import type { ComponentType } from 'react'

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
export const FEATURE_VIEWS: readonly FeatureView[] = []

/** Overlays (dialogs) a feature shows above the workspace, keyed by the ui-store's overlay name. */
export const OVERLAYS: Readonly<Record<string, ComponentType>> = {}
