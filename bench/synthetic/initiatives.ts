import {
  FIBONACCI_VALUES,
  allowedRatings,
  createInitiative,
  type Criterion,
  type Estimates,
  type Initiative,
  type InitiativeLink,
  type LinkKind,
  type Participant,
  type RatingRow,
  type Ratings,
  type Steps,
} from '../../shared/domain'
import type { Random } from './random'
import { initiativeTitles, paragraph, personName, progressCommunication } from './vocabulary'

export interface InitiativeOptions {
  readonly count: number
  readonly participants: readonly Participant[]
  readonly criteria: readonly Criterion[]
  readonly steps: Steps
  /** Share of ratings left empty, as when a participant skipped a criterion. */
  readonly missingRate: number
}

/** Every so many initiatives, the raters split into two camps on one criterion. */
const CONTESTED_EVERY = 12
/** How far a rater's own view lies from the truth, and how much it varies, as shares of a scale. */
const RATER_BIAS = 0.05
const RATER_NOISE = 0.1
/** Share of initiatives scored again after discussion. */
const REVOTE_RATE = 0.05
const STATUSES = ['running', 'rescope', 'new'] as const

/** Everything in steps 1-6 an initiative can serve, by kind. */
function linkTargets(steps: Steps): InitiativeLink[] {
  const of = (kind: LinkKind, rows: readonly { id: string }[]) =>
    rows.map(({ id }) => ({ kind, id }))
  return [
    ...of('assumption', steps.vision.assumptions),
    ...of('segment', steps.segments.segments),
    ...of('need', steps.services.needs),
    ...of('service', steps.services.services),
    ...of('attribute', steps.advantage.attributes),
    ...of('capability', steps.capabilities.capabilities),
    ...of('care', steps.culture.careActions),
  ]
}

function estimates(random: Random): Estimates {
  return {
    reach: random.int(100, 20_000),
    impact: random.pick([3, 2, 1, 0.5, 0.25] as const),
    confidencePercent: random.pick([100, 80, 50] as const),
    effortMonths: random.int(1, 24),
    iceImpact: random.int(1, 10),
    iceConfidence: random.int(1, 10),
    iceEase: random.int(1, 10),
    businessValue: random.pick(FIBONACCI_VALUES),
    timeCriticality: random.pick(FIBONACCI_VALUES),
    riskReduction: random.pick(FIBONACCI_VALUES),
    jobSize: random.pick(FIBONACCI_VALUES),
    moscow: random.pick(['must', 'should', 'could', 'wont'] as const),
  }
}

/** The allowed rating of a scale nearest to a position in [0, 1] along it. */
function ratingAt(criterion: Criterion, position: number): number {
  const values = allowedRatings(criterion.scale)
  const index = Math.round(Math.min(1, Math.max(0, position)) * (values.length - 1))
  return values[index] ?? 1
}

/**
 * Every participant's ratings of one initiative: each criterion has a "true" position that raters
 * see with their own bias and some noise; on a contested initiative one criterion splits the
 * room into a low and a high camp.
 */
function ratings(
  random: Random,
  options: InitiativeOptions,
  biases: readonly number[],
  isSplit: boolean,
): Ratings {
  const truth = options.criteria.map(() => random.next())
  const split = isSplit ? random.int(0, options.criteria.length - 1) : -1
  return Object.fromEntries(
    options.participants.map((participant, p) => {
      const row: RatingRow = options.criteria.map((criterion, c) => {
        if (random.chance(options.missingRate)) return null
        if (c === split) return ratingAt(criterion, p % 2 === 0 ? 0 : 1)
        return ratingAt(criterion, random.normal((truth[c] ?? 0.5) + (biases[p] ?? 0), RATER_NOISE))
      })
      return [participant.id, row]
    }),
  )
}

function dates(random: Random): { start: string; end: string } {
  const startMonth = random.int(0, 23)
  const endMonth = startMonth + random.int(1, 18)
  const iso = (month: number, day: string) =>
    `${String(2026 + Math.floor(month / 12))}-${String((month % 12) + 1).padStart(2, '0')}-${day}`
  return { start: iso(startMonth, '01'), end: iso(endMonth, '28') }
}

/** A register of initiatives with every field filled, rated by every participant. */
export function generateInitiatives(random: Random, options: InitiativeOptions): Initiative[] {
  const targets = linkTargets(options.steps)
  const owners = Array.from({ length: Math.max(4, Math.ceil(options.count / 40)) }, () =>
    personName(random),
  )
  const biases = options.participants.map(() => random.normal(0, RATER_BIAS))
  const titles = initiativeTitles(random, options.count)
  return Array.from({ length: options.count }, (_, i) => {
    const current = ratings(random, options, biases, i % CONTESTED_EVERY === 5)
    const wasScoredAgain = random.chance(REVOTE_RATE)
    const linkCount = random.int(1, 4)
    const links = Array.from({ length: linkCount }, () => random.pick(targets)).filter(
      (link, k, all) => all.findIndex((other) => other.id === link.id) === k,
    )
    return {
      ...createInitiative(`i-${String(i + 1).padStart(4, '0')}`, titles[i] ?? ''),
      description: paragraph(random, random.int(1, 3)),
      status: random.pick(STATUSES),
      owner: random.pick(owners),
      ...dates(random),
      criticalIssues: paragraph(random, 1),
      communication: progressCommunication(random),
      links,
      estimates: estimates(random),
      ratings: current,
      // Some initiatives were scored again after discussion; the first round is kept.
      earlierRounds: wasScoredAgain
        ? [{ round: 1, ratings: ratings(random, options, biases, false) }]
        : [],
    }
  })
}
