import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  CULTURE_QUESTIONS,
  STEP_DEFINITIONS,
  aggregateRatings,
  coverageGaps,
  cultureProfile,
} from '../../../shared/domain/index'
import type { Project } from '../../../shared/domain/index'
import { loadProjectFile, serialiseProject } from '../../../shared/project-file/index'
import { danglingReferences } from '../../../scripts/examples/integrity'
import { MERIDALE_EN } from '../../../scripts/examples/meridale-en'
import { RADHAUS_DE } from '../../../scripts/examples/radhaus-de'

const examplesDir = new URL('../../../resources/examples/', import.meta.url)

interface Example {
  readonly file: string
  readonly language: Project['meta']['language']
  readonly source: Project
  /** Picked by hand when the example was written: the one initiative the raters split on. */
  readonly contestedId: string
  readonly revotedId: string
  readonly capabilityGapId: string
  readonly needGapId: string
  /** Assumptions no initiative tests; the English room left its least certain one open. */
  readonly assumptionGapIds: readonly string[]
  /** A need of a most-valuable segment that no service serves yet. */
  readonly unservedNeedId: string
}

const EXAMPLES: readonly Example[] = [
  {
    file: 'radhaus-brenner.loyalty.json',
    language: 'de',
    source: RADHAUS_DE,
    contestedId: 'i-bonuskarte',
    revotedId: 'i-leihflotte',
    capabilityGapId: 'cap-werkstattflaeche',
    needGapId: 'n-sport-fitting',
    assumptionGapIds: [],
    unservedNeedId: 'n-genuss-sicherheit',
  },
  {
    file: 'meridale-facilities.loyalty.json',
    language: 'en',
    source: MERIDALE_EN,
    contestedId: 'i-living-wage',
    revotedId: 'i-portal',
    capabilityGapId: 'cap-newcastle-hub',
    needGapId: 'need-edu-peaks',
    assumptionGapIds: ['as-hybrid'],
    unservedNeedId: 'need-corp-esg',
  },
]

async function open(file: string): Promise<{ text: string; project: Project }> {
  const bytes = await readFile(new URL(file, examplesDir))
  const result = loadProjectFile(bytes)
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`)
  return { text: new TextDecoder().decode(bytes), project: result.project }
}

describe.each(EXAMPLES)('the example project $file', (example) => {
  it('opens through the load pipeline as a valid project in its language', async () => {
    const { text, project } = await open(example.file)
    const envelope = JSON.parse(text) as Record<string, unknown>
    expect(envelope.format).toBe('loyalty-workshop')
    expect(envelope.schemaVersion).toBe(1)
    expect(project.meta.language).toBe(example.language)
    expect(project.meta.organisation).not.toBe('')
    expect(project.participants.length).toBeGreaterThanOrEqual(5)
  })

  it('is the file the example sources write, so nobody edits one and forgets the other', async () => {
    const { text } = await open(example.file)
    const savedWith = (JSON.parse(text) as { savedWith: string }).savedWith
    expect(text).toBe(serialiseProject(example.source, savedWith))
  })

  it('answers every guiding question of every step', async () => {
    const { project } = await open(example.file)
    for (const step of STEP_DEFINITIONS) {
      const answers = project.steps[step.id].answers
      for (const question of step.questions) {
        expect(
          answers[question.id]?.trim().length ?? 0,
          `${step.id}/${question.id}`,
        ).toBeGreaterThan(80)
      }
    }
    const statuses = STEP_DEFINITIONS.map((step) => project.steps[step.id].status)
    expect(statuses.filter((status) => status === 'done')).toHaveLength(6)
    expect(statuses.filter((status) => status === 'in-progress')).toHaveLength(1)
  })

  it('fills the structured inputs of every worksheet', async () => {
    const { project } = await open(example.file)
    const { vision, segments, services, advantage, capabilities, culture } = project.steps
    expect(vision.statement.length).toBeGreaterThan(100)
    expect(vision.stakeholders.length).toBeGreaterThanOrEqual(4)
    expect(vision.assumptions.length).toBeGreaterThanOrEqual(3)
    expect(vision.communications.length).toBeGreaterThanOrEqual(3)
    expect(segments.segments).toHaveLength(4)
    const mostValuable = segments.segments.filter((segment) => segment.isMostValuable)
    expect(mostValuable.length).toBeGreaterThanOrEqual(1)
    expect(mostValuable.length).toBeLessThanOrEqual(2)
    for (const segment of segments.segments) {
      expect(
        Object.values(segment.clv).every((value) => value !== null),
        segment.id,
      ).toBe(true)
      expect(segment.nps.promoters + segment.nps.passives + segment.nps.detractors).toBeGreaterThan(
        0,
      )
    }
    expect(services.needs.length).toBeGreaterThanOrEqual(6)
    expect(new Set(services.services.map((service) => service.kind))).toEqual(
      new Set(['existing', 'changed', 'new']),
    )
    expect(advantage.competitors).toHaveLength(3)
    expect(advantage.attributes.length).toBeGreaterThanOrEqual(5)
    for (const attribute of advantage.attributes) {
      expect(attribute.ours, attribute.id).not.toBeNull()
      expect(Object.keys(attribute.competitors).sort()).toEqual(
        advantage.competitors.map((competitor) => competitor.id).sort(),
      )
    }
    expect(advantage.returnReasons.length).toBeGreaterThanOrEqual(3)
    expect(capabilities.capabilities.length).toBeGreaterThanOrEqual(6)
    expect(new Set(capabilities.capabilities.map((capability) => capability.category)).size).toBe(4)
    expect(Object.keys(culture.ratings).sort()).toEqual(
      project.participants.map((p) => p.id).sort(),
    )
    const pillars = culture.careActions.map((action) => `${action.audience}:${action.pillar}`)
    expect(new Set(pillars)).toEqual(
      new Set([
        'employees:communicate',
        'employees:appreciate',
        'employees:recognize',
        'employees:empower',
        'customers:communicate',
        'customers:acknowledge',
        'customers:respond',
        'customers:enrich',
      ]),
    )
  })

  it('has at least 12 initiatives, each rated 1-5 by at least 5 participants on every criterion', async () => {
    const { project } = await open(example.file)
    expect(project.initiatives.length).toBeGreaterThanOrEqual(12)
    expect(project.criteria.length).toBeGreaterThanOrEqual(4)
    for (const initiative of project.initiatives) {
      const rows = Object.values(initiative.ratings)
      expect(rows.length, initiative.id).toBeGreaterThanOrEqual(5)
      for (const row of rows) {
        expect(
          row.every(
            (value) => value !== null && Number.isInteger(value) && value >= 1 && value <= 5,
          ),
        ).toBe(true)
      }
      expect(initiative.owner, initiative.id).not.toBe('')
      expect(initiative.start < initiative.end, initiative.id).toBe(true)
    }
    expect(new Set(project.initiatives.map((initiative) => initiative.status))).toEqual(
      new Set(['running', 'rescope', 'new']),
    )
    expect(project.prioritisation.isRevealed).toBe(true)
    expect(project.prioritisation.finishedParticipantIds).toEqual(
      project.participants.map((p) => p.id),
    )
  })

  it('shows exactly one contested initiative, the one written to split the room', async () => {
    const { project } = await open(example.file)
    const contested = project.initiatives
      .filter(
        (initiative) =>
          aggregateRatings(initiative.ratings, project.criteria, project.prioritisation)
            .isContested,
      )
      .map((initiative) => initiative.id)
    expect(contested).toEqual([example.contestedId])
  })

  it('keeps a first round of ratings for the initiative that was scored again', async () => {
    const { project } = await open(example.file)
    const revoted = project.initiatives.filter((initiative) => initiative.earlierRounds.length > 0)
    expect(revoted.map((initiative) => initiative.id)).toEqual([example.revotedId])
    const [initiative] = revoted
    expect(initiative?.earlierRounds[0]?.round).toBe(1)
    expect(initiative?.earlierRounds[0]?.ratings).not.toEqual(initiative?.ratings)
    const firstRound = aggregateRatings(
      initiative?.earlierRounds[0]?.ratings ?? {},
      project.criteria,
      project.prioritisation,
    )
    expect(firstRound.isContested).toBe(true)
  })

  it('links only to rows that exist and leaves the intended coverage gaps', async () => {
    const { project } = await open(example.file)
    expect(danglingReferences(project)).toEqual([])
    const gaps = coverageGaps(project)
    expect(gaps.capabilities.map((capability) => capability.id)).toEqual([example.capabilityGapId])
    expect(gaps.needs.map((need) => need.id)).toEqual([example.needGapId])
    expect(gaps.assumptions.map((assumption) => assumption.id)).toEqual(example.assumptionGapIds)
    expect(gaps.segments).toEqual([])
    expect(gaps.careActions).toEqual([])
    const served = new Set(project.steps.services.services.flatMap((service) => service.needIds))
    const valuable = new Set(
      project.steps.segments.segments.filter((s) => s.isMostValuable).map((s) => s.id),
    )
    const unserved = project.steps.services.needs.filter(
      (need) => need.segmentId !== null && valuable.has(need.segmentId) && !served.has(need.id),
    )
    expect(unserved.map((need) => need.id)).toEqual([example.unservedNeedId])
  })

  it('has one culture question that splits the room', async () => {
    const { project } = await open(example.file)
    const ids = CULTURE_QUESTIONS.map((question) => question.id)
    const profile = cultureProfile(project.steps.culture.ratings, ids)
    expect(profile.every((summary) => summary.count === project.participants.length)).toBe(true)
    expect(profile.filter((summary) => (summary.range ?? 0) >= 3)).toHaveLength(1)
  })

  it('has a parking lot with every kind of triage, one turned into an existing initiative', async () => {
    const { project } = await open(example.file)
    const triage = new Set(project.parkingLot.map((item) => item.triage))
    expect(triage).toEqual(new Set(['open', 'answered', 'initiative', 'out-of-scope']))
    const promoted = project.parkingLot.filter((item) => item.triage === 'initiative')
    const initiativeIds = project.initiatives.map((initiative) => initiative.id)
    expect(
      promoted.every(
        (item) => item.initiativeId !== null && initiativeIds.includes(item.initiativeId),
      ),
    ).toBe(true)
  })
})

describe('the German example', () => {
  it('is written with real umlauts and ß, not with ae, oe, ue or ss', async () => {
    const { project } = await open('radhaus-brenner.loyalty.json')
    const names = project.participants.map((participant) => participant.name).join(' ')
    expect(names).toContain('Weißgerber')
    expect(names).toContain('Hößl')
    expect(names).toContain('Öztürk')
    const answers = Object.values(project.steps)
      .flatMap((step) => Object.values(step.answers))
      .join(' ')
    expect(answers).toMatch(/[äöü]/)
    expect(answers).toMatch(/ß/)
    expect(answers).not.toMatch(/\b(fuer|ueber|Massnahme|Fuehrung|Aenderung|koennen)\b/)
  })
})
