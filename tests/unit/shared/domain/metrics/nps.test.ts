import { describe, expect, it } from 'vitest'
import { enps, nps } from '../../../../../shared/domain'

describe('net promoter score', () => {
  it('is the share of promoters minus the share of detractors', () => {
    // 50 / 100 - 20 / 100 = 30
    expect(nps({ promoters: 50, passives: 30, detractors: 20 })).toEqual({
      score: 30,
      total: 100,
      promotersPercent: 50,
      passivesPercent: 30,
      detractorsPercent: 20,
    })
  })

  it('is not rounded: 3 promoters, 2 passives and 1 detractor give 33.3', () => {
    // (3 - 1) / 6 = 33.33 %
    expect(nps({ promoters: 3, passives: 2, detractors: 1 }).score).toBeCloseTo(33.333, 3)
  })

  it('spans -100 to 100', () => {
    expect(nps({ promoters: 0, passives: 0, detractors: 7 }).score).toBe(-100)
    expect(nps({ promoters: 7, passives: 0, detractors: 0 }).score).toBe(100)
  })

  it('has no score while nobody answered', () => {
    expect(nps({ promoters: 0, passives: 0, detractors: 0 })).toMatchObject({
      score: null,
      total: 0,
    })
  })

  it('computes the employee NPS the same way', () => {
    // 4 / 20 - 10 / 20 = -30
    expect(enps({ promoters: 4, passives: 6, detractors: 10 }).score).toBe(-30)
    expect(enps({ promoters: 0, passives: 0, detractors: 0 }).score).toBeNull()
  })
})
