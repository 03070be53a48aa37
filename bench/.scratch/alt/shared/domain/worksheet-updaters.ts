import { promoteParkingLotItem } from './initiative-link-updaters'
import { insertRow, moveRow, patchRow, removeRow, type HasId } from './rows'
import type { Level, StepId } from './schema/common'
import type { LinkKind, ParkingLotItem, ParkingLotTriage } from './schema/prioritisation'
import type { Project } from './schema/project'
import type { ClvInputs, NpsCounts, Steps } from './schema/steps'
import { updateStep } from './updaters'

/**
 * Pure updaters of the seven worksheets' rows and of the parking lot. Every edit of a worksheet
 * moves a step that was not started to "in progress"; removing a row also removes every
 * reference to it, so that no orphaned link or rating remains in the file.
 */

/** Applies `change` to a step's worksheet and marks a step that was not started as in progress. */
function editStep<K extends StepId>(
  project: Project,
  step: K,
  change: (worksheet: Steps[K]) => Steps[K],
): Project {
  return updateStep(project, step, (worksheet) => {
    const next = change(worksheet)
    return next.status === 'not-started' ? { ...next, status: 'in-progress' } : next
  })
}

/** The keys of a step's worksheet that hold a list of rows. */
type RowListKey<K extends StepId> = {
  [L in keyof Steps[K]]: Steps[K][L] extends readonly HasId[] ? L : never
}[keyof Steps[K]]
type RowOf<K extends StepId, L extends RowListKey<K>> = Extract<
  Steps[K][L] extends readonly (infer R)[] ? R : never,
  HasId
>

/** The four edits of a worksheet table: add, patch, remove and move a row. */
export interface RowUpdaters<R extends HasId> {
  readonly add: (project: Project, input: { readonly row: R; readonly index?: number }) => Project
  readonly patch: (
    project: Project,
    input: { readonly id: string; readonly patch: Partial<Omit<R, 'id'>> },
  ) => Project
  readonly remove: (project: Project, input: { readonly id: string }) => Project
  readonly move: (
    project: Project,
    input: { readonly id: string; readonly offset: number },
  ) => Project
}

function rowUpdaters<K extends StepId, L extends RowListKey<K>>(
  step: K,
  list: L,
  afterRemove: (project: Project, id: string) => Project = (project) => project,
): RowUpdaters<RowOf<K, L>> {
  type R = RowOf<K, L>
  const edit = (project: Project, change: (rows: readonly R[]) => R[]): Project =>
    editStep(project, step, (worksheet) => {
      // The mapped key type guarantees that worksheet[list] is a list of R; TS cannot follow it.
      const rows = worksheet[list] as unknown as readonly R[]
      return { ...worksheet, [list]: change(rows) }
    })
  return {
    add: (project, { row, index }) => edit(project, (rows) => insertRow(rows, row, index)),
    patch: (project, { id, patch }) => edit(project, (rows) => patchRow(rows, id, patch)),
    remove: (project, { id }) =>
      afterRemove(
        edit(project, (rows) => removeRow(rows, id)),
        id,
      ),
    move: (project, { id, offset }) => edit(project, (rows) => moveRow(rows, id, offset)),
  }
}

/** Removes the links of every initiative to one row of steps 1-6. */
function unlink(project: Project, kind: LinkKind, id: string): Project {
  const isLinked = (link: { kind: LinkKind; id: string }) => link.kind === kind && link.id === id
  if (!project.initiatives.some((initiative) => initiative.links.some(isLinked))) return project
  return {
    ...project,
    initiatives: project.initiatives.map((initiative) =>
      initiative.links.some(isLinked)
        ? { ...initiative, links: initiative.links.filter((link) => !isLinked(link)) }
        : initiative,
    ),
  }
}

const unlinking = (kind: LinkKind) => (project: Project, id: string) => unlink(project, kind, id)

/** Sets the vision statement of step 1. */
export function setVisionStatement(
  project: Project,
  { statement }: { statement: string },
): Project {
  return editStep(project, 'vision', (vision) => ({ ...vision, statement }))
}

/** Stakeholders of the vision with their level of support. */
export const stakeholderRows = rowUpdaters('vision', 'stakeholders')
/** Documented assumptions about the future environment; removing one unlinks its initiatives. */
export const assumptionRows = rowUpdaters('vision', 'assumptions', unlinking('assumption'))
/** What is communicated to whom, and how. */
export const communicationRows = rowUpdaters('vision', 'communications')

/**
 * Customer segments. Removing one leaves its needs without a segment, and removes it from the
 * services that served it and from the initiatives' links.
 */
export const segmentRows = rowUpdaters('segments', 'segments', (project, id) =>
  unlink(
    editStep(project, 'services', (services) => ({
      ...services,
      needs: services.needs.map((need) =>
        need.segmentId === id ? { ...need, segmentId: null } : need,
      ),
      services: services.services.map((service) =>
        service.segmentIds.includes(id)
          ? { ...service, segmentIds: service.segmentIds.filter((s) => s !== id) }
          : service,
      ),
    })),
    'segment',
    id,
  ),
)

/** Changes CLV inputs of one segment. */
export function patchSegmentClv(
  project: Project,
  { id, patch }: { id: string; patch: Partial<ClvInputs> },
): Project {
  const segment = project.steps.segments.segments.find((s) => s.id === id)
  return segment
    ? segmentRows.patch(project, { id, patch: { clv: { ...segment.clv, ...patch } } })
    : project
}

/** Changes the promoter, passive or detractor counts of one segment. */
export function patchSegmentNps(
  project: Project,
  { id, patch }: { id: string; patch: Partial<NpsCounts> },
): Project {
  const segment = project.steps.segments.segments.find((s) => s.id === id)
  return segment
    ? segmentRows.patch(project, { id, patch: { nps: { ...segment.nps, ...patch } } })
    : project
}

/** Needs per segment, met or still to investigate; removing one removes it from the services. */
export const needRows = rowUpdaters('services', 'needs', (project, id) =>
  unlink(
    editStep(project, 'services', (services) => ({
      ...services,
      services: services.services.map((service) =>
        service.needIds.includes(id)
          ? { ...service, needIds: service.needIds.filter((n) => n !== id) }
          : service,
      ),
    })),
    'need',
    id,
  ),
)

/** Services (existing, changed or new) with their attributes. */
export const serviceRows = rowUpdaters('services', 'services', unlinking('service'))

const toggled = (ids: readonly string[], id: string, isOn: boolean): string[] =>
  isOn ? (ids.includes(id) ? [...ids] : [...ids, id]) : ids.filter((other) => other !== id)

/** Marks whether a service serves a segment. */
export function setServiceSegment(
  project: Project,
  { serviceId, segmentId, isServed }: { serviceId: string; segmentId: string; isServed: boolean },
): Project {
  const service = project.steps.services.services.find((s) => s.id === serviceId)
  if (!service) return project
  const segmentIds = toggled(service.segmentIds, segmentId, isServed)
  return serviceRows.patch(project, { id: serviceId, patch: { segmentIds } })
}

/** Marks whether a service serves a need; serving a segment's need also serves the segment. */
export function setServiceNeed(
  project: Project,
  { serviceId, needId, isServed }: { serviceId: string; needId: string; isServed: boolean },
): Project {
  const service = project.steps.services.services.find((s) => s.id === serviceId)
  if (!service) return project
  const segmentId = project.steps.services.needs.find((n) => n.id === needId)?.segmentId ?? null
  const needIds = toggled(service.needIds, needId, isServed)
  const segmentIds =
    isServed && segmentId !== null
      ? toggled(service.segmentIds, segmentId, true)
      : [...service.segmentIds]
  return serviceRows.patch(project, { id: serviceId, patch: { needIds, segmentIds } })
}

/** Competitors; removing one removes its ratings of every attribute. */
export const competitorRows = rowUpdaters('advantage', 'competitors', (project, id) =>
  editStep(project, 'advantage', (advantage) => ({
    ...advantage,
    attributes: advantage.attributes.map((attribute) => {
      if (!(id in attribute.competitors)) return attribute
      const competitors = { ...attribute.competitors }
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- dropping the removed competitor's rating is the point
      delete competitors[id]
      return { ...attribute, competitors }
    }),
  })),
)

/** Attributes rated from the customer's view, for us and for each competitor. */
export const attributeRows = rowUpdaters('advantage', 'attributes', unlinking('attribute'))

/** Rates an attribute 1-5 for us (`competitorId` null) or for one competitor; null clears it. */
export function rateAttribute(
  project: Project,
  input: { attributeId: string; competitorId: string | null; level: Level },
): Project {
  const { attributeId, competitorId, level } = input
  const attribute = project.steps.advantage.attributes.find((a) => a.id === attributeId)
  if (!attribute) return project
  const patch =
    competitorId === null
      ? { ours: level }
      : { competitors: { ...attribute.competitors, [competitorId]: level } }
  return attributeRows.patch(project, { id: attributeId, patch })
}

/** Reasons why customers come back. */
export const returnReasonRows = rowUpdaters('advantage', 'returnReasons')

/** Capabilities with category, current and target level. */
export const capabilityRows = rowUpdaters('capabilities', 'capabilities', unlinking('capability'))

/**
 * Sets one participant's 1-5 rating of one culture question. Clearing a rating (null) removes
 * it, and a participant without ratings disappears from the record.
 */
export function setCultureRating(
  project: Project,
  input: { participantId: string; questionId: string; level: Level },
): Project {
  const { participantId, questionId, level } = input
  return editStep(project, 'culture', (culture) => {
    const own = { ...(culture.ratings[participantId] ?? {}) }
    if (level === null) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a cleared rating leaves no key
      delete own[questionId]
    } else {
      own[questionId] = level
    }
    const ratings = { ...culture.ratings }
    if (Object.keys(own).length === 0) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- nobody keeps an empty row
      delete ratings[participantId]
    } else {
      ratings[participantId] = own
    }
    return { ...culture, ratings }
  })
}

/** Changes the promoter, passive or detractor counts behind the employee NPS. */
export function setEnps(project: Project, patch: Partial<NpsCounts>): Project {
  return editStep(project, 'culture', (culture) => ({
    ...culture,
    enps: { ...culture.enps, ...patch },
  }))
}

/** CARE actions for employees and customers; removing one unlinks its initiatives. */
export const careActionRows = rowUpdaters('culture', 'careActions', unlinking('care'))

/** Captures an idea in the parking lot, untriaged, with the step it came from. */
export function addParkingLotItem(
  project: Project,
  { id, text, stepId }: { id: string; text: string; stepId: StepId | null },
): Project {
  const item: ParkingLotItem = { id, text, stepId, triage: 'open', initiativeId: null }
  return { ...project, parkingLot: insertRow(project.parkingLot, item) }
}

/** Changes the text of a parking-lot idea. */
export function patchParkingLotItem(
  project: Project,
  { id, text }: { id: string; text: string },
): Project {
  return { ...project, parkingLot: patchRow(project.parkingLot, id, { text }) }
}

/** Removes an idea from the parking lot; an initiative made from it stays. */
export function removeParkingLotItem(project: Project, { id }: { id: string }): Project {
  return { ...project, parkingLot: removeRow(project.parkingLot, id) }
}

/**
 * Triages an idea as open, answered, out of scope or "becomes an initiative". The first time an
 * idea becomes an initiative, a new initiative with id `newInitiativeId` is made from its text;
 * triaging it again never makes a second one, and changing the triage later keeps the initiative.
 */
export function triageParkingLotItem(
  project: Project,
  input: { id: string; triage: ParkingLotTriage; newInitiativeId: string },
): Project {
  const { id, triage, newInitiativeId } = input
  const item = project.parkingLot.find((candidate) => candidate.id === id)
  if (!item) return project
  const hasInitiative =
    item.initiativeId !== null && project.initiatives.some((i) => i.id === item.initiativeId)
  if (triage !== 'initiative' || hasInitiative) {
    return { ...project, parkingLot: patchRow(project.parkingLot, id, { triage }) }
  }
  return promoteParkingLotItem(project, { itemId: id, initiativeId: newInitiativeId })
}
