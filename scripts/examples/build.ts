import { EMPTY_ESTIMATES, createInitiative } from '../../shared/domain/index'
import type {
  Estimates,
  Initiative,
  InitiativeLink,
  Level,
  LinkKind,
  Ratings,
} from '../../shared/domain/index'

/**
 * Small builders that keep the example projects readable: a participant's ratings of one
 * initiative are written as a string of digits ('453322'), one digit per criterion, in the
 * order of the project's criteria. Anything outside 1-5 fails loudly when the module loads.
 */

function digits(row: string, what: string): number[] {
  if (!/^[1-5]*$/.test(row)) throw new Error(`${what}: "${row}" holds something other than 1-5`)
  // Only ASCII digits remain, so splitting by code unit is safe.
  return row.split('').map(Number)
}

/** Ratings keyed by participant: `rows[i]` belongs to `participantIds[i]`. */
export function ratingsOf(
  participantIds: readonly string[],
  rows: readonly string[],
  criteriaCount: number,
): Ratings {
  if (rows.length !== participantIds.length) {
    throw new Error(`${rows.length} rating rows for ${participantIds.length} participants`)
  }
  const ratings: Ratings = {}
  participantIds.forEach((participantId, i) => {
    const row = digits(rows[i] ?? '', participantId)
    if (row.length !== criteriaCount) {
      throw new Error(`${participantId}: ${row.length} ratings for ${criteriaCount} criteria`)
    }
    ratings[participantId] = row
  })
  return ratings
}

/** Culture ratings keyed by participant, then question; each question's string runs across the room. */
export function cultureRatingsOf(
  participantIds: readonly string[],
  byQuestion: Readonly<Record<string, string>>,
): Record<string, Record<string, Level>> {
  const ratings: Record<string, Record<string, Level>> = {}
  for (const participantId of participantIds) ratings[participantId] = {}
  for (const [questionId, row] of Object.entries(byQuestion)) {
    const values = digits(row, questionId)
    if (values.length !== participantIds.length) {
      throw new Error(`${questionId}: ${values.length} ratings for ${participantIds.length} people`)
    }
    participantIds.forEach((participantId, i) => {
      const forParticipant = ratings[participantId]
      if (forParticipant) forParticipant[questionId] = values[i] ?? null
    })
  }
  return ratings
}

/** The modified Fibonacci values that WSJF accepts. */
type Fibonacci = 1 | 2 | 3 | 5 | 8 | 13 | 20
type IceValue = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10

export interface EstimateInput {
  /** Reach per quarter, impact, confidence in percent, effort in person-months. */
  readonly rice: readonly [
    number,
    NonNullable<Estimates['impact']>,
    NonNullable<Estimates['confidencePercent']>,
    number,
  ]
  /** Impact, confidence, ease. */
  readonly ice: readonly [IceValue, IceValue, IceValue]
  /** Business value, time criticality, risk reduction, job size. */
  readonly wsjf: readonly [Fibonacci, Fibonacci, Fibonacci, Fibonacci]
  readonly moscow: NonNullable<Estimates['moscow']>
}

/** The agreed estimates of one initiative for RICE, ICE, WSJF and MoSCoW. */
export function estimatesOf(input: EstimateInput | null): Estimates {
  if (!input) return EMPTY_ESTIMATES
  const [reach, impact, confidencePercent, effortMonths] = input.rice
  const [iceImpact, iceConfidence, iceEase] = input.ice
  const [businessValue, timeCriticality, riskReduction, jobSize] = input.wsjf
  return {
    reach,
    impact,
    confidencePercent,
    effortMonths,
    iceImpact,
    iceConfidence,
    iceEase,
    businessValue,
    timeCriticality,
    riskReduction,
    jobSize,
    moscow: input.moscow,
  }
}

/** Links written as `{ need: ['n-1'], care: ['c-2'] }`, flattened in the order of the kinds. */
export function linksOf(byKind: Partial<Record<LinkKind, readonly string[]>>): InitiativeLink[] {
  return Object.entries(byKind).flatMap(([kind, ids]) =>
    (ids ?? []).map((id) => ({ kind: kind as LinkKind, id })),
  )
}

export interface InitiativeInput {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly status: Initiative['status']
  readonly owner: string
  readonly start: string
  readonly end: string
  readonly criticalIssues: string
  readonly communication: Initiative['communication']
  readonly links: Partial<Record<LinkKind, readonly string[]>>
  readonly estimates: EstimateInput | null
  /** One digit string per participant, in the order of the participant ids. */
  readonly ratings: readonly string[]
  /** Ratings of the first round, when the room scored the initiative again after discussing it. */
  readonly firstRound?: readonly string[]
}

/** Builds one initiative of the register from its compact description. */
export function initiativeOf(
  input: InitiativeInput,
  participantIds: readonly string[],
  criteriaCount: number,
): Initiative {
  const base = createInitiative(input.id, input.title)
  return {
    ...base,
    description: input.description,
    status: input.status,
    owner: input.owner,
    start: input.start,
    end: input.end,
    criticalIssues: input.criticalIssues,
    communication: input.communication,
    links: linksOf(input.links),
    estimates: estimatesOf(input.estimates),
    ratings: ratingsOf(participantIds, input.ratings, criteriaCount),
    earlierRounds: input.firstRound
      ? [{ round: 1, ratings: ratingsOf(participantIds, input.firstRound, criteriaCount) }]
      : [],
  }
}
