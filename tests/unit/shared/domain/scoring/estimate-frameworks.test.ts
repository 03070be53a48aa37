import { describe, expect, it } from 'vitest'
import {
  EMPTY_ESTIMATES,
  iceScore,
  moscowScore,
  rankInitiatives,
  riceScore,
  setPrioritisation,
  wsjfScore,
} from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

const estimates = (patch: Partial<typeof EMPTY_ESTIMATES>) => ({ ...EMPTY_ESTIMATES, ...patch })

describe('RICE', () => {
  it('is reach x impact x confidence / effort', () => {
    // 500 x 2 x 0.8 / 4 = 200
    expect(
      riceScore(estimates({ reach: 500, impact: 2, confidencePercent: 80, effortMonths: 4 })),
    ).toEqual({ score: 200 })
    // 1000 x 0.5 x 1 / 2 = 250
    expect(
      riceScore(estimates({ reach: 1000, impact: 0.5, confidencePercent: 100, effortMonths: 2 }))
        .score,
    ).toBe(250)
  })

  it('gives "zero-effort", never Infinity, for an effort of 0', () => {
    expect(
      riceScore(estimates({ reach: 500, impact: 2, confidencePercent: 80, effortMonths: 0 })),
    ).toEqual({ score: null, reason: 'zero-effort' })
  })

  it('gives "missing-estimates" while an input is missing', () => {
    expect(riceScore(estimates({ reach: 500, impact: 2, confidencePercent: 80 }))).toEqual({
      score: null,
      reason: 'missing-estimates',
    })
  })
})

describe('ICE', () => {
  const ice = estimates({ iceImpact: 8, iceConfidence: 6, iceEase: 5 })
  it('multiplies impact, confidence and ease, or takes their mean', () => {
    expect(iceScore(ice, 'product').score).toBe(240)
    // (8 + 6 + 5) / 3
    expect(iceScore(ice, 'mean').score).toBeCloseTo(19 / 3, 12)
  })
  it('needs all three ratings', () => {
    expect(iceScore(estimates({ iceImpact: 8 }), 'product').reason).toBe('missing-estimates')
  })
})

describe('WSJF', () => {
  it('is (business value + time criticality + risk reduction) / job size', () => {
    // (8 + 5 + 3) / 5 = 3.2
    const result = wsjfScore(
      estimates({ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 }),
    )
    expect(result.score).toBeCloseTo(3.2, 12)
  })
  it('needs a job size', () => {
    const result = wsjfScore(estimates({ businessValue: 8, timeCriticality: 5, riskReduction: 3 }))
    expect(result).toEqual({ score: null, reason: 'missing-estimates' })
  })
})

describe('MoSCoW', () => {
  it("orders must before should, could and won't", () => {
    expect(
      ['must', 'should', 'could', 'wont'].map(
        (m) => moscowScore(estimates({ moscow: m as 'must' })).score,
      ),
    ).toEqual([4, 3, 2, 1])
  })
})

describe('ranking under the estimate frameworks', () => {
  const project = buildProject({
    criteria: [criterion('loyalty')],
    initiatives: [
      {
        id: 'app',
        title: 'Loyalty app',
        estimates: {
          reach: 500,
          impact: 2,
          confidencePercent: 80,
          effortMonths: 4,
          iceImpact: 8,
          iceConfidence: 6,
          iceEase: 5,
          businessValue: 8,
          timeCriticality: 5,
          riskReduction: 3,
          jobSize: 5,
          moscow: 'should',
        },
      },
      {
        id: 'training',
        title: 'Service training',
        estimates: {
          reach: 1000,
          impact: 0.5,
          confidencePercent: 100,
          effortMonths: 2,
          iceImpact: 9,
          iceConfidence: 9,
          iceEase: 2,
          businessValue: 13,
          timeCriticality: 8,
          riskReduction: 2,
          jobSize: 8,
          moscow: 'must',
        },
      },
      {
        id: 'free',
        title: 'Thank-you calls',
        estimates: {
          reach: 50,
          impact: 1,
          confidencePercent: 50,
          effortMonths: 0,
          moscow: 'could',
        },
      },
      { id: 'later', title: 'Partner card', estimates: { moscow: 'wont' } },
    ],
  })

  it('ranks by RICE and puts zero effort last with its reason', () => {
    const ranked = rankInitiatives(project, 'rice')
    // unscored initiatives follow by title: "Partner card" before "Thank-you calls"
    expect(ranked.map((r) => [r.initiativeId, r.score, r.reason])).toEqual([
      ['training', 250, undefined],
      ['app', 200, undefined],
      ['later', null, 'missing-estimates'],
      ['free', null, 'zero-effort'],
    ])
    expect(ranked[2]?.missingCount).toBe(4)
    expect(ranked[3]?.missingCount).toBe(0)
  })

  it('ranks by ICE as the project combines it, and names the label accordingly', () => {
    expect(rankInitiatives(project, 'ice').map((r) => [r.initiativeId, r.scoreLabel])).toEqual([
      ['app', '240'],
      ['training', '162'],
      ['later', '–'],
      ['free', '–'],
    ])
    const byMean = setPrioritisation(project, { iceCombination: 'mean' })
    expect(rankInitiatives(byMean, 'ice').map((r) => [r.initiativeId, r.scoreLabel])).toEqual([
      ['training', '6.7'],
      ['app', '6.3'],
      ['later', '–'],
      ['free', '–'],
    ])
  })

  it('ranks by WSJF', () => {
    // app 16 / 5 = 3.2, training 23 / 8 = 2.875
    expect(rankInitiatives(project, 'wsjf').map((r) => [r.initiativeId, r.scoreLabel])).toEqual([
      ['app', '3.20'],
      ['training', '2.88'],
      ['later', '–'],
      ['free', '–'],
    ])
  })

  it('ranks by MoSCoW category', () => {
    expect(rankInitiatives(project, 'moscow').map((r) => [r.initiativeId, r.scoreLabel])).toEqual([
      ['training', 'must'],
      ['app', 'should'],
      ['free', 'could'],
      ['later', 'wont'],
    ])
  })
})
