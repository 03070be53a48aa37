import type { Need, Segment, Service } from '../../domain'
import { column, heading, note, row, table } from '../blocks'
import type { Block } from '../model'
import { cell, stepOpening, tableSection, type ReportContext } from './context'

/** Services per grid table, so that columns stay wide enough to read on a portrait page. */
const SERVICES_PER_GRID = 5

/** What the grid shows where a segment meets a service: the needs served, "•", or nothing. */
function gridCell(segment: Segment, service: Service, needs: readonly Need[]): string {
  const served = needs.filter(
    (need) => need.segmentId === segment.id && service.needIds.includes(need.id),
  )
  if (served.length > 0) return served.map((need) => cell(need.text)).join('; ')
  return service.segmentIds.includes(segment.id) ? '•' : ''
}

function isServed(segment: Segment, services: readonly Service[], needs: readonly Need[]) {
  return services.some((service) => gridCell(segment, service, needs) !== '')
}

function gridBlocks(ctx: ReportContext, segments: readonly Segment[]): Block[] {
  const { t } = ctx
  const { needs, services } = ctx.project.steps.services
  if (segments.length === 0 || services.length === 0) return [note(t.nothingEntered)]
  const blocks: Block[] = []
  for (let from = 0; from < services.length; from += SERVICES_PER_GRID) {
    const chunk = services.slice(from, from + SERVICES_PER_GRID)
    const columns = [column(t.segment, 2.2), ...chunk.map((s) => column(cell(s.name), 2))]
    const rows = segments.map((segment) =>
      row(
        [cell(segment.name), ...chunk.map((service) => gridCell(segment, service, needs))],
        segment.isMostValuable,
      ),
    )
    blocks.push(table(columns, rows))
  }
  blocks.push(note(t.gridNote))
  const unserved = segments.filter((s) => s.isMostValuable && !isServed(s, services, needs))
  if (unserved.length > 0) {
    blocks.push(note(`${t.unservedValuable}: ${unserved.map((s) => cell(s.name)).join(', ')}`))
  }
  return blocks
}

/** Chapter 3: needs per segment, the services and the segment x service grid. */
export function servicesChapter(ctx: ReportContext): Block[] {
  const { t } = ctx
  const { needs, services } = ctx.project.steps.services
  const segments = ctx.project.steps.segments.segments
  const segmentName = new Map(segments.map((s) => [s.id, cell(s.name)]))
  const namesOf = (ids: readonly string[]) =>
    ids.map((id) => segmentName.get(id)).filter((name) => name !== undefined)
  return [
    ...stepOpening(ctx, 'services'),
    ...tableSection(
      ctx,
      t.needs,
      [column(t.segment, 3), column(t.need, 6), column(t.needState, 2)],
      needs.map((need) =>
        row([
          need.segmentId === null ? t.allSegments : (segmentName.get(need.segmentId) ?? '–'),
          cell(need.text),
          t.needStateValue[need.state],
        ]),
      ),
    ),
    ...tableSection(
      ctx,
      t.services,
      [column(t.service, 3), column(t.kind, 1.6), column(t.segments, 3), column(t.attributes, 4)],
      services.map((s) =>
        row([
          cell(s.name),
          t.serviceKind[s.kind],
          cell(namesOf(s.segmentIds).join(', ')),
          cell(s.attributes),
        ]),
      ),
    ),
    heading(2, t.grid),
    ...gridBlocks(ctx, segments),
  ]
}
