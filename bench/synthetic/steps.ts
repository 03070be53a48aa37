import {
  CULTURE_QUESTIONS,
  STEP_DEFINITIONS,
  type CareAction,
  type Participant,
  type StepId,
  type Steps,
} from '../../shared/domain'
import type { Random } from './random'
import { paragraph, personName } from './vocabulary'

const SEGMENTS = [
  'Weekend hikers',
  'Alpine enthusiasts',
  'Families with children',
  'Commuting cyclists',
  'Clubs and schools',
] as const
const SERVICES = [
  ['Repair and service', 'existing'],
  ['Rental of tents and skis', 'changed'],
  ['Personal fitting', 'existing'],
  ['Member app', 'new'],
  ['Guided tours with partners', 'new'],
  ['Trade-in of used gear', 'changed'],
] as const
const COMPETITORS = ['Gipfelmarkt', 'Online giant', 'Sporthaus Kessler'] as const
const ATTRIBUTES = [
  'Expert advice in store',
  'Quick repair appointment',
  'Price',
  'Choice of brands',
  'Community and events',
  'Easy returns',
] as const
const CAPABILITIES = [
  ['Workshop planning', 'process'],
  ['CRM data quality', 'process'],
  ['Fitting skills', 'skill'],
  ['Complaint handling', 'skill'],
  ['Booking system', 'equipment'],
  ['Rental stock', 'equipment'],
  ['Fitting area', 'facility'],
  ['Event space', 'facility'],
] as const
const CARE: readonly (readonly [CareAction['audience'], CareAction['pillar']])[] = [
  ['employees', 'communicate'],
  ['employees', 'appreciate'],
  ['employees', 'recognize'],
  ['employees', 'empower'],
  ['customers', 'communicate'],
  ['customers', 'acknowledge'],
  ['customers', 'respond'],
  ['customers', 'enrich'],
]
const SUPPORT = ['champion', 'supporter', 'neutral', 'sceptic', 'opponent'] as const
const CONFIDENCE = ['low', 'medium', 'high'] as const

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-')

/** Every guiding question of a step answered, and the step marked done. */
function answered(random: Random, step: StepId) {
  const definition = STEP_DEFINITIONS.find((candidate) => candidate.id === step)
  const questions = definition?.questions ?? []
  return {
    status: 'done' as const,
    answers: Object.fromEntries(questions.map((q) => [q.id, paragraph(random)])),
  }
}

const level = (random: Random) => random.int(1, 5)

function segmentsAndServices(random: Random): Pick<Steps, 'segments' | 'services'> {
  const segments = SEGMENTS.map((name, i) => ({
    id: `seg-${slug(name)}`,
    name,
    traits: paragraph(random, 2),
    size: random.int(500, 40_000),
    revenueSharePercent: random.int(5, 35),
    isMostValuable: i < 2,
    clv: {
      averagePurchaseValue: random.int(40, 400),
      purchasesPerYear: random.int(1, 8),
      lifespanYears: random.int(2, 12),
      churnRatePercent: random.int(5, 40),
      marginPercent: random.int(20, 45),
    },
    nps: {
      promoters: random.int(20, 90),
      passives: random.int(10, 50),
      detractors: random.int(5, 40),
    },
  }))
  const needs = segments.flatMap((segment, i) =>
    [0, 1].map((k) => ({
      id: `need-${String(i)}-${String(k)}`,
      segmentId: segment.id,
      text: paragraph(random, 1),
      state: random.chance(0.7) ? ('met' as const) : ('investigate' as const),
    })),
  )
  const services = SERVICES.map(([name, kind], i) => ({
    id: `svc-${slug(name)}`,
    name,
    kind,
    attributes: paragraph(random, 1),
    segmentIds: segments.filter((_, s) => (s + i) % 3 !== 0).map((segment) => segment.id),
    needIds: needs.filter((_, n) => (n + i) % 4 === 0).map((need) => need.id),
  }))
  return {
    segments: { ...answered(random, 'segments'), segments },
    services: { ...answered(random, 'services'), needs, services },
  }
}

function advantage(random: Random): Steps['advantage'] {
  const competitors = COMPETITORS.map((name) => ({ id: `comp-${slug(name)}`, name }))
  return {
    ...answered(random, 'advantage'),
    competitors,
    attributes: ATTRIBUTES.map((name) => ({
      id: `att-${slug(name)}`,
      name,
      ours: level(random),
      competitors: Object.fromEntries(competitors.map((c) => [c.id, level(random)])),
    })),
    returnReasons: [0, 1, 2, 3].map((i) => ({
      id: `reason-${String(i)}`,
      text: paragraph(random, 1),
    })),
  }
}

/** Culture ratings of every participant on every culture question, plus eNPS and CARE actions. */
function culture(random: Random, participants: readonly Participant[]): Steps['culture'] {
  return {
    ...answered(random, 'culture'),
    ratings: Object.fromEntries(
      participants.map((p) => [
        p.id,
        Object.fromEntries(CULTURE_QUESTIONS.map((q) => [q.id, level(random)])),
      ]),
    ),
    enps: {
      promoters: random.int(10, 60),
      passives: random.int(10, 40),
      detractors: random.int(5, 40),
    },
    careActions: CARE.map(([audience, pillar]) => ({
      id: `care-${audience}-${pillar}`,
      audience,
      pillar,
      text: paragraph(random, 1),
    })),
  }
}

/** The seven worksheets, every one filled in, as a leadership team would leave them. */
export function generateSteps(random: Random, participants: readonly Participant[]): Steps {
  return {
    vision: {
      ...answered(random, 'vision'),
      statement:
        'We keep the region outdoors: every customer leaves better equipped, better advised and keen to come back.',
      stakeholders: Array.from({ length: 6 }, (_, i) => ({
        id: `sh-${String(i)}`,
        name: personName(random),
        role: random.pick(['Owner family', 'Store teams', 'Works council', 'Suppliers', 'Bank']),
        support: random.pick(SUPPORT),
      })),
      assumptions: Array.from({ length: 4 }, (_, i) => ({
        id: `as-${String(i)}`,
        text: paragraph(random, 1),
        evidence: paragraph(random, 2),
        confidence: random.pick(CONFIDENCE),
      })),
      communications: Array.from({ length: 3 }, (_, i) => ({
        id: `com-${String(i)}`,
        audience: random.pick(['Customers', 'Employees', 'Partners']),
        message: paragraph(random, 1),
        channel: random.pick(['Website', 'Store', 'Newsletter', 'Town hall']),
      })),
    },
    ...segmentsAndServices(random),
    advantage: advantage(random),
    capabilities: {
      ...answered(random, 'capabilities'),
      capabilities: CAPABILITIES.map(([name, category]) => {
        const current = random.int(1, 4)
        return {
          id: `cap-${slug(name)}`,
          name,
          category,
          current,
          target: random.int(current, 5),
          note: paragraph(random, 1),
        }
      }),
    },
    culture: culture(random, participants),
    execution: answered(random, 'execution'),
  }
}
