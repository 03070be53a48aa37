import type { Need, Segment, Service } from '../schema/steps'

/** Whether a service serves a segment: marked directly, or by meeting one of the segment's needs. */
export function servesSegment(
  service: Service,
  segmentId: string,
  needs: readonly Need[],
): boolean {
  if (service.segmentIds.includes(segmentId)) return true
  return needs.some((need) => need.segmentId === segmentId && service.needIds.includes(need.id))
}

/** Segments marked most valuable that no service serves: the gaps the grid highlights. */
export function unservedValuableSegments(
  segments: readonly Segment[],
  services: readonly Service[],
  needs: readonly Need[],
): Segment[] {
  return segments.filter(
    (segment) =>
      segment.isMostValuable &&
      !services.some((service) => servesSegment(service, segment.id, needs)),
  )
}

/** Needs that no service meets yet. */
export function unmetNeeds(needs: readonly Need[], services: readonly Service[]): Need[] {
  return needs.filter((need) => !services.some((service) => service.needIds.includes(need.id)))
}
