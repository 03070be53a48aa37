import {
  createProject,
  defaultCriteria,
  type Criterion,
  type ParkingLotItem,
  type Participant,
  type Project,
} from '../shared/domain'
import { generateInitiatives } from './synthetic/initiatives'
import { createRandom, type Random } from './synthetic/random'
import { generateSteps } from './synthetic/steps'
import { ROLES, paragraph, personName } from './synthetic/vocabulary'

/** The three scales of the bench: a workshop, a large workshop, a client's portfolio. */
export type BenchSize = 'S' | 'M' | 'L'
export const BENCH_SIZES: readonly BenchSize[] = ['S', 'M', 'L']

export interface SizeSpec {
  readonly initiatives: number
  readonly raters: number
  readonly criteria: 6 | 8
  /** Share of ratings left empty; none at workshop scale, where everyone rates everything. */
  readonly missingRate: number
}

export const SIZES: Readonly<Record<BenchSize, SizeSpec>> = {
  S: { initiatives: 30, raters: 6, criteria: 6, missingRate: 0 },
  M: { initiatives: 300, raters: 15, criteria: 8, missingRate: 0.01 },
  L: { initiatives: 2000, raters: 25, criteria: 8, missingRate: 0.01 },
}

/** The seed every bench run and fixture uses unless told otherwise. */
export const DEFAULT_SEED = 20_261_123

/** Two criteria beyond the defaults, for the portfolio scales: one on a 1-10 scale. */
const EXTRA_CRITERIA: readonly Criterion[] = [
  {
    id: 'reach',
    name: 'Reach of customers',
    description: 'How many customers notice the difference?',
    weight: 1.5,
    direction: 'benefit',
    scale: '1-10',
  },
  {
    id: 'engagement',
    name: 'Effect on employee engagement',
    description: 'Do employees feel more valued and able to help customers?',
    weight: 1,
    direction: 'benefit',
    scale: '1-5',
  },
]

/** Weights as a team would leave them after discussing: loyalty counts most. */
const WEIGHTS: Readonly<Record<string, number>> = { loyalty: 3, 'vision-fit': 2, effort: 1.5 }

function criteriaFor(spec: SizeSpec): Criterion[] {
  const defaults = defaultCriteria('en').map((criterion) => ({
    ...criterion,
    weight: WEIGHTS[criterion.id] ?? 1,
  }))
  return spec.criteria === 8 ? [...defaults, ...EXTRA_CRITERIA] : defaults
}

function participantsFor(random: Random, count: number): Participant[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p-${String(i + 1).padStart(2, '0')}`,
    name: personName(random),
    role: ROLES[i % ROLES.length] ?? '',
  }))
}

function parkingLot(random: Random, project: Project): ParkingLotItem[] {
  const triage = ['open', 'answered', 'initiative', 'out-of-scope', 'open', 'answered'] as const
  return triage.map((state, i) => ({
    id: `pl-${String(i)}`,
    text: paragraph(random, 1),
    stepId: random.pick(['vision', 'segments', 'services', 'culture', null] as const),
    triage: state,
    initiativeId: state === 'initiative' ? (project.initiatives[0]?.id ?? null) : null,
  }))
}

/**
 * A realistic synthetic project of the given size, the same for the same seed: every worksheet
 * filled, every initiative with all its fields, rated by every participant on every criterion
 * (a few ratings skipped at M and L), blind scoring revealed and everyone finished.
 */
export function generateProject(size: BenchSize, seed = DEFAULT_SEED): Project {
  const spec = SIZES[size]
  const random = createRandom(seed + BENCH_SIZES.indexOf(size))
  const base = createProject({
    language: 'en',
    title: `Loyalty strategy 2026 (${size})`,
    date: '2026-03-12',
  })
  const participants = participantsFor(random, spec.raters)
  const criteria = criteriaFor(spec)
  const steps = generateSteps(random, participants)
  const initiatives = generateInitiatives(random, {
    count: spec.initiatives,
    participants,
    criteria,
    steps,
    missingRate: spec.missingRate,
  })
  const project: Project = {
    ...base,
    meta: {
      ...base.meta,
      organisation: 'Bergwärts Outdoor GmbH',
      facilitator: 'Miriam Roßbach',
    },
    participants,
    steps,
    criteria,
    initiatives,
    prioritisation: {
      ...base.prioritisation,
      isRevealed: true,
      finishedParticipantIds: participants.map((participant) => participant.id),
    },
  }
  return { ...project, parkingLot: parkingLot(random, project) }
}

/** The file name of a size's fixture. */
export function fixtureFileName(size: BenchSize): string {
  return `bench-${size}.loyalty.json`
}
