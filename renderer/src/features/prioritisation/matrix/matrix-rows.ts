import {
  matrixAxes,
  type CriterionAggregate,
  type Project,
  type Quadrant,
} from '../../../../../shared/domain'
import { aggregatorOf } from '../common/aggregates'
import { rankedOf } from '../common/derived'

/** One initiative on the matrix: its quadrant and the aggregates of the three chosen criteria. */
export interface MatrixRow {
  readonly initiativeId: string
  readonly title: string
  readonly quadrant: Quadrant | null
  readonly impact: CriterionAggregate | null
  readonly effort: CriterionAggregate | null
  readonly size: CriterionAggregate | null
  readonly isContested: boolean
}

/** The matrix's rows in ranking order (quadrant first under impact/effort). */
export function matrixRows(project: Project): MatrixRow[] {
  const axes = matrixAxes(project)
  const aggregateOf = aggregatorOf(project)
  const byId = new Map(project.initiatives.map((initiative) => [initiative.id, initiative]))
  return rankedOf(project, 'impact-effort').flatMap((row) => {
    const initiative = byId.get(row.initiativeId)
    if (!initiative) return []
    const aggregate = aggregateOf(initiative)
    const pick = (index: number | undefined) =>
      index === undefined ? null : (aggregate.criteria[index] ?? null)
    return [
      {
        initiativeId: row.initiativeId,
        title: row.title,
        quadrant: row.quadrant,
        impact: pick(axes.y?.index),
        effort: pick(axes.x?.index),
        size: pick(axes.size?.index),
        isContested: row.isContested,
      },
    ]
  })
}
