import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  Framework,
  allowedRatings,
  rankInitiatives,
  setPrioritisation,
  type Criterion,
  type Project,
} from '../../../../../shared/domain'
import { buildProject, criterion, type InitiativeSpec } from './build-project'

describe('the ranked list', () => {
  const project = buildProject({
    criteria: [criterion('loyalty', { weight: 3 }), criterion('effort', { direction: 'cost' })],
    participants: ['anna', 'ben', 'cem'],
    initiatives: [
      { id: 'i3', title: 'Welcome call', ratings: { anna: [3, 3], ben: [3, 3], cem: [3, 3] } },
      { id: 'i1', title: 'Loyalty app', ratings: { anna: [5, 4], ben: [4, 5], cem: [5, 5] } },
      { id: 'i2', title: 'Complaint desk', ratings: { anna: [1, 1], ben: [5, 1], cem: [5, 2] } },
      { id: 'i4', title: 'Birthday mail', ratings: { anna: [3, 3], ben: [3, 3], cem: [3, 3] } },
    ],
  })

  it('orders by score and shows rank, score, spread and the contested flag', () => {
    const ranked = rankInitiatives(project)
    // i2: loyalty 11/3 -> (11/3 - 1) / 4 = 2/3, effort 4/3 -> 1 - 1/12 -> 100 x (0.75 x 2/3 + 0.25 x 11/12)
    // i1: loyalty 14/3 -> 11/12, effort 14/3 -> 1 - 11/12 -> 100 x (0.75 x 11/12 + 0.25 x 1/12) = 70.83
    // i3, i4: 50 each
    expect(ranked.map((r) => [r.rank, r.initiativeId, r.isContested])).toEqual([
      [1, 'i2', true],
      [2, 'i1', false],
      [3, 'i4', false],
      [4, 'i3', false],
    ])
    expect(ranked[0]?.score).toBeCloseTo(100 * (0.5 + 0.25 * (11 / 12)), 9)
    expect(ranked[1]?.score).toBeCloseTo(100 * (0.75 * (11 / 12) + 0.25 / 12), 9)
  })

  it('breaks a tie by title, then by id', () => {
    const ranked = rankInitiatives(project)
    // "Birthday mail" before "Welcome call", both 50
    expect(ranked.slice(2).map((r) => [r.title, r.score])).toEqual([
      ['Birthday mail', 50],
      ['Welcome call', 50],
    ])
    const sameTitles = {
      ...project,
      initiatives: project.initiatives.map((i) =>
        i.id === 'i4' ? { ...i, title: 'Welcome call' } : i,
      ),
    }
    expect(
      rankInitiatives(sameTitles)
        .slice(2)
        .map((r) => r.initiativeId),
    ).toEqual(['i3', 'i4'])
  })

  it('reorders when a weight changes', () => {
    const loyaltyOnly = {
      ...project,
      criteria: project.criteria.map((c) => (c.id === 'effort' ? { ...c, weight: 0 } : c)),
    }
    expect(rankInitiatives(loyaltyOnly).map((r) => r.initiativeId)).toEqual([
      'i1',
      'i2',
      'i4',
      'i3',
    ])
  })

  it("uses the project's framework unless one is asked for", () => {
    const moscow = setPrioritisation(project, { framework: 'moscow' })
    expect(rankInitiatives(moscow).every((r) => r.reason === 'missing-estimates')).toBe(true)
    expect(rankInitiatives(moscow, 'weighted')[0]?.initiativeId).toBe('i2')
  })
})

/** A random project: criteria of every scale, up to five raters, titles that often tie. */
const arbitraryProject = fc
  .record({
    criteria: fc.array(
      fc.record({
        scale: fc.constantFrom<Criterion['scale']>('1-5', '1-10', 'fibonacci'),
        direction: fc.constantFrom<Criterion['direction']>('benefit', 'cost'),
        weight: fc.integer({ min: 0, max: 5 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    participants: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), { minLength: 1 }),
    initiatives: fc.array(
      fc.record({
        title: fc.constantFrom('Alpha', 'alpha', 'Äpfel', 'Beta', 'Zebra'),
        ratings: fc.array(fc.array(fc.option(fc.nat(9)), { minLength: 4, maxLength: 4 }), {
          minLength: 5,
          maxLength: 5,
        }),
        effort: fc.option(fc.constantFrom(0, 1, 2)),
        reach: fc.option(fc.constantFrom(0, 10, 100)),
        ice: fc.option(fc.integer({ min: 1, max: 10 })),
        moscow: fc.option(fc.constantFrom('must' as const, 'should' as const, 'wont' as const)),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    aggregation: fc.constantFrom('mean' as const, 'median' as const),
  })
  .map(({ criteria: shapes, participants, initiatives, aggregation }): Project => {
    const criteria = shapes.map((shape, i) => criterion(`c${i}`, shape))
    const specs: InitiativeSpec[] = initiatives.map((spec, n) => ({
      id: `i${n}`,
      title: spec.title,
      ratings: Object.fromEntries(
        participants.map((participantId, p) => [
          participantId,
          criteria.map((c, i) => {
            const pick = spec.ratings[p]?.[i] ?? null
            const allowed = allowedRatings(c.scale)
            return pick === null ? null : (allowed[pick % allowed.length] ?? null)
          }),
        ]),
      ),
      estimates: {
        reach: spec.reach,
        impact: 1,
        confidencePercent: 80,
        effortMonths: spec.effort,
        iceImpact: spec.ice,
        iceConfidence: 5,
        iceEase: 5,
        businessValue: spec.ice,
        timeCriticality: 3,
        riskReduction: 2,
        jobSize: spec.ice === null ? null : 1 + (spec.ice % 3),
        moscow: spec.moscow,
      },
    }))
    const project = buildProject({ criteria, participants, initiatives: specs })
    return setPrioritisation(project, {
      aggregation,
      matrix: { xCriterionId: 'c0', yCriterionId: criteria.at(-1)?.id ?? null },
    })
  })

/** The same project with initiatives, participants and each initiative's raters in another order. */
function reordered(project: Project, order: readonly number[]): Project {
  const initiatives = order.flatMap((i) => project.initiatives.slice(i, i + 1))
  return {
    ...project,
    participants: [...project.participants].reverse(),
    initiatives: initiatives.map((initiative) => ({
      ...initiative,
      ratings: Object.fromEntries(Object.entries(initiative.ratings).reverse()),
    })),
  }
}

describe('ranking is deterministic and independent of the order of the input', () => {
  it('gives the same ranked list for any order of initiatives and raters, under every framework', () => {
    fc.assert(
      fc.property(
        arbitraryProject.chain((project) =>
          fc.tuple(
            fc.constant(project),
            fc.shuffledSubarray(
              project.initiatives.map((_, i) => i),
              { minLength: project.initiatives.length },
            ),
          ),
        ),
        ([project, order]) => {
          const shuffled = reordered(project, order)
          for (const framework of Framework.options) {
            const expected = rankInitiatives(project, framework)
            expect(rankInitiatives(project, framework)).toEqual(expected)
            expect(rankInitiatives(shuffled, framework)).toEqual(expected)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('never shows NaN or Infinity as a score', () => {
    fc.assert(
      fc.property(arbitraryProject, (project) => {
        for (const framework of Framework.options) {
          for (const row of rankInitiatives(project, framework)) {
            if (row.score !== null) expect(Number.isFinite(row.score)).toBe(true)
            else expect(row.reason).toBeDefined()
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
