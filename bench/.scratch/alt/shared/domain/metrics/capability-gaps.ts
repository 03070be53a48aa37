import type { Capability } from '../schema/steps'

export interface CapabilityGap {
  readonly capability: Capability
  /** target - current; null while either level is unknown. */
  readonly gap: number | null
}

/**
 * Capabilities with their gap (target - current), largest gap first; capabilities whose current
 * or target level is unknown come last. Equal gaps keep the worksheet's order.
 */
export function capabilityGaps(capabilities: readonly Capability[]): CapabilityGap[] {
  const gaps = capabilities.map((capability, index) => ({
    capability,
    index,
    gap:
      capability.current === null || capability.target === null
        ? null
        : capability.target - capability.current,
  }))
  gaps.sort((a, b) => {
    if (a.gap === null || b.gap === null) {
      return (a.gap === null ? 1 : 0) - (b.gap === null ? 1 : 0) || a.index - b.index
    }
    return b.gap - a.gap || a.index - b.index
  })
  return gaps.map(({ capability, gap }) => ({ capability, gap }))
}
