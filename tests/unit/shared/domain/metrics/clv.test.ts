import { describe, expect, it } from 'vitest'
import { EMPTY_CLV, clv } from '../../../../../shared/domain'

describe('customer lifetime value', () => {
  it('multiplies purchase value, purchases per year, lifespan and margin', () => {
    // 50 x 4 x 5 x 30 % = 300
    const result = clv({
      averagePurchaseValue: 50,
      purchasesPerYear: 4,
      lifespanYears: 5,
      churnRatePercent: null,
      marginPercent: 30,
    })
    expect(result).toEqual({ value: 300, lifespanYears: 5, lifespanFrom: 'entered' })
  })

  it('derives the lifespan from the churn rate when no lifespan is known', () => {
    // churn 20 % a year -> lifespan 1 / 0.2 = 5 years -> 120 x 2 x 5 x 25 % = 300
    const result = clv({
      averagePurchaseValue: 120,
      purchasesPerYear: 2,
      lifespanYears: null,
      churnRatePercent: 20,
      marginPercent: 25,
    })
    expect(result.value).toBeCloseTo(300, 9)
    expect(result).toMatchObject({ lifespanYears: 5, lifespanFrom: 'churn' })
  })

  it('prefers an entered lifespan over the churn rate', () => {
    const result = clv({
      averagePurchaseValue: 10,
      purchasesPerYear: 10,
      lifespanYears: 2,
      churnRatePercent: 50,
      marginPercent: 100,
    })
    expect(result).toMatchObject({ value: 200, lifespanFrom: 'entered' })
  })

  it('names every missing input instead of computing a number', () => {
    expect(clv(EMPTY_CLV)).toEqual({
      value: null,
      reason: 'missing-inputs',
      missing: ['averagePurchaseValue', 'purchasesPerYear', 'lifespanYears', 'marginPercent'],
    })
    const onlyMargin = clv({
      ...EMPTY_CLV,
      averagePurchaseValue: 5,
      purchasesPerYear: 1,
      lifespanYears: 1,
    })
    expect(onlyMargin).toMatchObject({ value: null, missing: ['marginPercent'] })
  })

  it('gives no value, never Infinity, when churn is zero and no lifespan is known', () => {
    const result = clv({
      averagePurchaseValue: 50,
      purchasesPerYear: 4,
      lifespanYears: null,
      churnRatePercent: 0,
      marginPercent: 30,
    })
    expect(result).toEqual({ value: null, reason: 'zero-churn', missing: [] })
  })

  it('gives zero, not an error, for a zero margin', () => {
    expect(
      clv({
        averagePurchaseValue: 50,
        purchasesPerYear: 4,
        lifespanYears: 5,
        churnRatePercent: null,
        marginPercent: 0,
      }).value,
    ).toBe(0)
  })
})
