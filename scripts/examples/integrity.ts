import type { LinkKind, Project } from '../../shared/domain/index'

/** The ids each kind of initiative link may point at. */
function idsByLinkKind(project: Project): Record<LinkKind, Set<string>> {
  const { vision, segments, services, advantage, capabilities, culture } = project.steps
  const ids = (rows: readonly { id: string }[]) => new Set(rows.map((row) => row.id))
  return {
    assumption: ids(vision.assumptions),
    segment: ids(segments.segments),
    need: ids(services.needs),
    service: ids(services.services),
    attribute: ids(advantage.attributes),
    capability: ids(capabilities.capabilities),
    care: ids(culture.careActions),
  }
}

/**
 * Every reference in the project that points at nothing, in words: an initiative link, a need's
 * segment, a service's segments and needs, a culture rater, a competitor rating, a parking-lot
 * item's initiative. The schema cannot see these; a hand-written example easily gets one wrong.
 */
export function danglingReferences(project: Project): string[] {
  const problems: string[] = []
  const known = idsByLinkKind(project)
  const participants = new Set(project.participants.map((participant) => participant.id))
  const initiatives = new Set(project.initiatives.map((initiative) => initiative.id))
  const competitors = new Set(project.steps.advantage.competitors.map((c) => c.id))
  const check = (isKnown: boolean, what: string) => {
    if (!isKnown) problems.push(what)
  }
  for (const initiative of project.initiatives) {
    for (const link of initiative.links) {
      check(known[link.kind].has(link.id), `${initiative.id} links unknown ${link.kind} ${link.id}`)
    }
    for (const rater of Object.keys(initiative.ratings)) {
      check(participants.has(rater), `${initiative.id} is rated by unknown ${rater}`)
    }
  }
  for (const need of project.steps.services.needs) {
    check(need.segmentId === null || known.segment.has(need.segmentId), `${need.id} segment`)
  }
  for (const service of project.steps.services.services) {
    for (const id of service.segmentIds) check(known.segment.has(id), `${service.id} segment ${id}`)
    for (const id of service.needIds) check(known.need.has(id), `${service.id} need ${id}`)
  }
  for (const attribute of project.steps.advantage.attributes) {
    for (const id of Object.keys(attribute.competitors)) {
      check(competitors.has(id), `${attribute.id} rates unknown competitor ${id}`)
    }
  }
  for (const rater of Object.keys(project.steps.culture.ratings)) {
    check(participants.has(rater), `culture rated by unknown ${rater}`)
  }
  for (const item of project.parkingLot) {
    const target = item.initiativeId
    check(target === null || initiatives.has(target), `${item.id} points at unknown ${target}`)
  }
  for (const id of project.prioritisation.finishedParticipantIds) {
    check(participants.has(id), `unknown finished participant ${id}`)
  }
  return problems
}
