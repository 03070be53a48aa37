import type { LinkKind } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import type { Assumption, Capability, CareAction, Need, Segment } from '../schema/steps'

/** What steps 1-6 ask for that no initiative serves yet. */
export interface CoverageGaps {
  /** Segments marked most valuable. */
  readonly segments: readonly Segment[]
  /** Capabilities whose target is above their current level. */
  readonly capabilities: readonly Capability[]
  /** Needs still to investigate. */
  readonly needs: readonly Need[]
  readonly assumptions: readonly Assumption[]
  readonly careActions: readonly CareAction[]
  /** The number of gaps in all lists. */
  readonly total: number
}

/** The ids every initiative links to, per kind of link. */
export function linkedIds(project: Project): Record<LinkKind, Set<string>> {
  const linked: Record<LinkKind, Set<string>> = {
    assumption: new Set(),
    segment: new Set(),
    need: new Set(),
    service: new Set(),
    attribute: new Set(),
    capability: new Set(),
    care: new Set(),
  }
  for (const initiative of project.initiatives) {
    for (const link of initiative.links) linked[link.kind].add(link.id)
  }
  return linked
}

/**
 * Coverage gaps: most-valuable segments, capability gaps (target > current), needs to
 * investigate, assumptions and CARE actions that no initiative links to, in worksheet order.
 */
export function coverageGaps(project: Project): CoverageGaps {
  const linked = linkedIds(project)
  const { segments, services, vision, capabilities, culture } = project.steps
  const gaps = {
    segments: segments.segments.filter((s) => s.isMostValuable && !linked.segment.has(s.id)),
    capabilities: capabilities.capabilities.filter(
      (c) =>
        c.current !== null &&
        c.target !== null &&
        c.target > c.current &&
        !linked.capability.has(c.id),
    ),
    needs: services.needs.filter((n) => n.state === 'investigate' && !linked.need.has(n.id)),
    assumptions: vision.assumptions.filter((a) => !linked.assumption.has(a.id)),
    careActions: culture.careActions.filter((a) => !linked.care.has(a.id)),
  }
  const total =
    gaps.segments.length +
    gaps.capabilities.length +
    gaps.needs.length +
    gaps.assumptions.length +
    gaps.careActions.length
  return { ...gaps, total }
}
