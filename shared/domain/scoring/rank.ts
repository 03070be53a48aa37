import type { Framework, Initiative } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import type { Summary } from '../metrics/statistics'
import { aggregateInitiative, aggregationKey, type InitiativeAggregate } from './aggregate'
import {
  iceScore,
  moscowScore,
  riceScore,
  wsjfScore,
  type FrameworkScore,
} from './estimate-frameworks'
import {
  QUADRANTS,
  impactEffortScore,
  matrixAxes,
  quadrantFor,
  type MatrixAxes,
  type Quadrant,
} from './quadrant'
import { initiativeWeightedScore, weightPlan, type ScoreReason, type WeightPlan } from './weighted'

/** One row of the ranked list. */
export interface RankedInitiative {
  readonly initiativeId: string
  readonly title: string
  /** 1 = highest priority; every initiative has a distinct rank, unscored ones last. */
  readonly rank: number
  readonly score: number | null
  /**
   * Language-neutral label: the score with fixed decimals ('72.5'), a MoSCoW category ('must'),
   * the quadrant key for impact/effort ('quick-wins'), or '–' without a score.
   */
  readonly scoreLabel: string
  /** Spread of the raters' own scores (rating-based frameworks only), else null. */
  readonly spread: Summary | null
  /** Raters disagree strongly on at least one criterion. */
  readonly isContested: boolean
  /** Inputs the framework needs that are missing: ratings (participant x criterion) or estimates. */
  readonly missingCount: number
  /** Criteria nobody rated for this initiative. */
  readonly unscoredCriterionIds: readonly string[]
  /** Impact/effort quadrant from the matrix axes, whatever the framework; null without data. */
  readonly quadrant: Quadrant | null
  readonly reason?: ScoreReason
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface Unranked {
  readonly row: Mutable<RankedInitiative>
  /** Sorts before the score: the quadrant for impact/effort, else 0. */
  readonly group: number
  /** The score on a 1e-9 grid, so that rounding noise never outranks the title tie-break. */
  readonly sortScore: number | null
}

interface Evaluation {
  readonly project: Project
  readonly framework: Framework
  readonly axes: MatrixAxes
  readonly plan: WeightPlan
  readonly participantIds: ReadonlySet<string>
  readonly allCriteria: readonly number[]
  readonly key: string
}

/** Ratings the project's participants still owe on the given criteria. */
function countMissingRatings(
  ev: Evaluation,
  aggregate: InitiativeAggregate,
  indices: readonly (number | undefined)[],
): number {
  let missing = 0
  for (const i of indices) {
    if (i !== undefined) missing += ev.participantIds.size - (aggregate.participantRatings[i] ?? 0)
  }
  return missing
}

const ESTIMATE_FIELDS = {
  rice: ['reach', 'impact', 'confidencePercent', 'effortMonths'],
  ice: ['iceImpact', 'iceConfidence', 'iceEase'],
  wsjf: ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'],
  moscow: ['moscow'],
} as const

function estimateScore(ev: Evaluation, initiative: Initiative): FrameworkScore {
  const { estimates } = initiative
  if (ev.framework === 'rice') return riceScore(estimates)
  if (ev.framework === 'ice') return iceScore(estimates, ev.project.prioritisation.iceCombination)
  if (ev.framework === 'wsjf') return wsjfScore(estimates)
  return moscowScore(estimates)
}

function label(ev: Evaluation, score: number | null, quadrant: Quadrant | null): string {
  if (score === null) return '–'
  if (ev.framework === 'impact-effort') return quadrant ?? '–'
  if (ev.framework === 'moscow') return ['wont', 'could', 'should', 'must'][score - 1] ?? '–'
  if (ev.framework === 'ice' && ev.project.prioritisation.iceCombination === 'product') {
    return score.toFixed(0)
  }
  return score.toFixed(ev.framework === 'wsjf' ? 2 : 1)
}

function evaluate(ev: Evaluation, initiative: Initiative): Unranked {
  const { project, framework, axes } = ev
  const aggregate = aggregateInitiative(
    initiative,
    project.criteria,
    project.prioritisation,
    ev.participantIds,
    ev.key,
  )
  const quadrant = quadrantFor(aggregate, axes)
  let result: { score: number | null; reason?: ScoreReason; spread: Summary | null }
  let missingCount: number
  if (framework === 'weighted') {
    result = initiativeWeightedScore(initiative.id, aggregate, ev.plan)
    missingCount = countMissingRatings(ev, aggregate, ev.allCriteria)
  } else if (framework === 'impact-effort') {
    result = impactEffortScore(aggregate, axes)
    missingCount = countMissingRatings(ev, aggregate, [axes.x?.index, axes.y?.index])
  } else {
    result = { ...estimateScore(ev, initiative), spread: null }
    const estimates = initiative.estimates
    missingCount = ESTIMATE_FIELDS[framework].filter((field) => estimates[field] === null).length
  }
  const { score, reason, spread } = result
  const row: Mutable<RankedInitiative> = {
    initiativeId: initiative.id,
    title: initiative.title,
    rank: 0,
    score,
    scoreLabel: label(ev, score, quadrant),
    spread,
    isContested: aggregate.isContested,
    missingCount,
    unscoredCriterionIds: aggregate.unscoredCriterionIds,
    quadrant,
  }
  if (reason !== undefined) row.reason = reason
  const group = quadrant === null ? QUADRANTS.length : QUADRANTS.indexOf(quadrant)
  return {
    row,
    group: framework === 'impact-effort' ? group : 0,
    sortScore: score === null ? null : Math.round(score * 1e9),
  }
}

/** The ranking order: group, scored before unscored, score descending, then title, then id. */
function compareRanked(collator: Intl.Collator) {
  return (a: Unranked, b: Unranked): number => {
    if (a.group !== b.group) return a.group - b.group
    if (a.sortScore !== b.sortScore) {
      if (a.sortScore === null) return 1
      if (b.sortScore === null) return -1
      return b.sortScore - a.sortScore
    }
    const titleA = a.row.title
    const titleB = b.row.title
    const byTitle = collator.compare(titleA, titleB)
    if (byTitle !== 0) return byTitle
    if (titleA !== titleB) return titleA < titleB ? -1 : 1
    const idA = a.row.initiativeId
    const idB = b.row.initiativeId
    return idA < idB ? -1 : idA > idB ? 1 : 0
  }
}

/**
 * Ranks every initiative under a framework (default: the project's). Deterministic and
 * independent of the order of initiatives and raters: ties go by score, then title, then id;
 * unscored initiatives come last with a reason. Impact/effort ranks by quadrant, then score.
 */
export function rankInitiatives(project: Project, framework?: Framework): RankedInitiative[] {
  const participantIds = new Set(project.participants.map((participant) => participant.id))
  const ev: Evaluation = {
    project,
    framework: framework ?? project.prioritisation.framework,
    axes: matrixAxes(project),
    plan: weightPlan(project.criteria),
    participantIds,
    allCriteria: project.criteria.map((_, i) => i),
    key: aggregationKey(project.criteria, project.prioritisation, participantIds),
  }
  const rows = project.initiatives.map((initiative) => evaluate(ev, initiative))
  rows.sort(compareRanked(new Intl.Collator(project.meta.language)))
  return rows.map(({ row }, i) => {
    row.rank = i + 1
    return row
  })
}
