import { z } from 'zod'
import { Amount, Id, IsoDate, LongText, ShortText, StepId, rows } from './common'
import { Ratings } from './ratings'

export const CriterionDirection = z.enum(['benefit', 'cost'])
/** Rating scales: 1-5, 1-10, or the modified Fibonacci sequence used by WSJF. */
export const CriterionScale = z.enum(['1-5', '1-10', 'fibonacci'])

export const Criterion = z.object({
  id: Id,
  name: ShortText,
  description: LongText,
  weight: z.number().min(0).max(1000),
  direction: CriterionDirection,
  scale: CriterionScale,
})

/** An earlier round of ratings, kept when an initiative is scored again after discussion. */
export const RatingRound = z.object({ round: z.number().int().min(1), ratings: Ratings })

export const InitiativeStatus = z.enum(['running', 'rescope', 'new'])
export const Moscow = z.enum(['must', 'should', 'could', 'wont'])

/** What an initiative serves in steps 1-6. */
export const LinkKind = z.enum([
  'assumption',
  'segment',
  'need',
  'service',
  'attribute',
  'capability',
  'care',
])
export const InitiativeLink = z.object({ kind: LinkKind, id: Id })

/** Inputs of the frameworks that take one agreed estimate per initiative rather than ratings. */
export const Estimates = z.object({
  /** RICE: people or events reached per period. */
  reach: Amount,
  /** RICE impact: 3, 2, 1, 0.5 or 0.25. */
  impact: z
    .union([z.literal(3), z.literal(2), z.literal(1), z.literal(0.5), z.literal(0.25)])
    .nullable(),
  /** RICE confidence in percent: 100, 80 or 50. */
  confidencePercent: z.union([z.literal(100), z.literal(80), z.literal(50)]).nullable(),
  /** RICE effort in person-months. */
  effortMonths: Amount,
  /** ICE on 1-10. */
  iceImpact: z.number().int().min(1).max(10).nullable(),
  iceConfidence: z.number().int().min(1).max(10).nullable(),
  iceEase: z.number().int().min(1).max(10).nullable(),
  /** WSJF components on the Fibonacci scale 1, 2, 3, 5, 8, 13, 20. */
  businessValue: z.number().int().min(1).max(20).nullable(),
  timeCriticality: z.number().int().min(1).max(20).nullable(),
  riskReduction: z.number().int().min(1).max(20).nullable(),
  jobSize: z.number().int().min(1).max(20).nullable(),
  moscow: Moscow.nullable(),
})

export const ProgressCommunication = z.object({
  audience: ShortText,
  timing: ShortText,
  channel: ShortText,
})

export const Initiative = z.object({
  id: Id,
  title: ShortText,
  description: LongText,
  status: InitiativeStatus,
  owner: ShortText,
  start: IsoDate,
  end: IsoDate,
  criticalIssues: LongText,
  communication: ProgressCommunication,
  links: z.array(InitiativeLink).max(1000),
  estimates: Estimates,
  ratings: Ratings,
  earlierRounds: z.array(RatingRound).max(100),
})

export const Framework = z.enum(['weighted', 'impact-effort', 'rice', 'ice', 'wsjf', 'moscow'])
export const Aggregation = z.enum(['mean', 'median'])

export const QuadrantLabels = z.object({
  quickWins: ShortText,
  majorProjects: ShortText,
  fillIns: ShortText,
  thanklessTasks: ShortText,
})

/** How initiatives are scored, combined and shown; the scores themselves are always derived. */
export const Prioritisation = z.object({
  framework: Framework,
  aggregation: Aggregation,
  /** Range of ratings (max - min), on a 1-5 scale, from which an initiative counts as contested. */
  contestedRange: z.number().min(0).max(100),
  iceCombination: z.enum(['product', 'mean']),
  matrix: z.object({
    xCriterionId: Id.nullable(),
    yCriterionId: Id.nullable(),
    sizeCriterionId: Id.nullable(),
    /** Empty labels fall back to the glossary's quadrant names. */
    quadrantLabels: QuadrantLabels,
  }),
  /** Blind scoring: ratings stay hidden until the facilitator reveals them. */
  isRevealed: z.boolean(),
  finishedParticipantIds: z.array(Id).max(1000),
})

export const ParkingLotTriage = z.enum(['open', 'answered', 'initiative', 'out-of-scope'])
export const ParkingLotItem = z.object({
  id: Id,
  text: LongText,
  stepId: StepId.nullable(),
  triage: ParkingLotTriage,
  initiativeId: Id.nullable(),
})

export const ParkingLot = rows(ParkingLotItem)

export type CriterionDirection = z.infer<typeof CriterionDirection>
export type CriterionScale = z.infer<typeof CriterionScale>
export type Criterion = z.infer<typeof Criterion>
export type RatingRound = z.infer<typeof RatingRound>
export type InitiativeStatus = z.infer<typeof InitiativeStatus>
export type Moscow = z.infer<typeof Moscow>
export type LinkKind = z.infer<typeof LinkKind>
export type InitiativeLink = z.infer<typeof InitiativeLink>
export type Estimates = z.infer<typeof Estimates>
export type Initiative = z.infer<typeof Initiative>
export type Framework = z.infer<typeof Framework>
export type Aggregation = z.infer<typeof Aggregation>
export type QuadrantLabels = z.infer<typeof QuadrantLabels>
export type Prioritisation = z.infer<typeof Prioritisation>
export type ParkingLotTriage = z.infer<typeof ParkingLotTriage>
export type ParkingLotItem = z.infer<typeof ParkingLotItem>
