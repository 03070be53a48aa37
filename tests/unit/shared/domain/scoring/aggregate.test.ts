import { describe, expect, it } from 'vitest'
import {
  aggregateInitiative,
  aggregateRatings,
  contestedThreshold,
  createInitiative,
  type AggregationSettings,
} from '../../../../../shared/domain'
import { criterion } from './build-project'

const mean: AggregationSettings = { aggregation: 'mean', contestedRange: 3 }
const median: AggregationSettings = { aggregation: 'median', contestedRange: 3 }
const oneToFive = [
  criterion('loyalty'),
  criterion('vision-fit'),
  criterion('effort', { direction: 'cost' }),
]

describe('aggregating the raters of one initiative', () => {
  it('gives mean, median, population standard deviation, min, max, range and count per criterion', () => {
    const aggregate = aggregateRatings(
      { anna: [5, 4, 2], ben: [4, 4, 1], cem: [3, 4, 3] },
      oneToFive,
      mean,
    )
    const [loyalty, visionFit, effort] = aggregate.criteria
    // loyalty 3, 4, 5: mean 4, population variance (1 + 0 + 1) / 3
    expect(loyalty).toMatchObject({
      value: 4,
      mean: 4,
      median: 4,
      min: 3,
      max: 5,
      range: 2,
      count: 3,
    })
    expect(loyalty?.sd).toBeCloseTo(0.816497, 6)
    // all equal: no spread at all
    expect(visionFit).toMatchObject({ value: 4, sd: 0, range: 0, isContested: false })
    // the raw value is kept on the scale; the cost direction is applied only when scoring
    expect(effort).toMatchObject({ value: 2, min: 1, max: 3 })
    expect(aggregate.isContested).toBe(false)
  })

  it('uses the median when the project says so', () => {
    const aggregate = aggregateRatings(
      { anna: [1], ben: [2], cem: [5] },
      [criterion('loyalty')],
      median,
    )
    // sorted 1, 2, 5: median 2 (the mean would be 2.67)
    expect(aggregate.criteria[0]).toMatchObject({ value: 2, median: 2, range: 4 })
    expect(aggregate.criteria[0]?.mean).toBeCloseTo(8 / 3, 12)
    // deviations -5/3, -2/3, 7/3 -> variance (25 + 4 + 49) / 27 = 78 / 27
    expect(aggregate.criteria[0]?.sd).toBeCloseTo(Math.sqrt(78 / 27), 12)
  })

  it('flags a criterion contested from a range of 3 on a 1-5 scale, so 1 and 5 never look like a consensus on 3', () => {
    const split = aggregateRatings({ anna: [1], ben: [5] }, [criterion('loyalty')], mean)
    expect(split.criteria[0]).toMatchObject({ value: 3, range: 4, isContested: true })
    expect(split.isContested).toBe(true)
    const atThreshold = aggregateRatings({ anna: [1], ben: [4] }, [criterion('loyalty')], mean)
    expect(atThreshold.isContested).toBe(true)
    const below = aggregateRatings({ anna: [2], ben: [4] }, [criterion('loyalty')], mean)
    expect(below.isContested).toBe(false)
  })

  it('scales the contested threshold to the 1-10 and Fibonacci scales', () => {
    // 3 on a 1-5 span of 4 -> 3 / 4 x 9 = 6.75 on 1-10, 3 / 4 x 19 = 14.25 on Fibonacci 1-20
    expect(contestedThreshold(3, '1-5')).toBe(3)
    expect(contestedThreshold(3, '1-10')).toBe(6.75)
    expect(contestedThreshold(3, 'fibonacci')).toBe(14.25)
    const tenPoint = [criterion('c', { scale: '1-10' })]
    expect(aggregateRatings({ a: [2], b: [9] }, tenPoint, mean).isContested).toBe(true)
    expect(aggregateRatings({ a: [2], b: [8] }, tenPoint, mean).isContested).toBe(false)
    const fibonacci = [criterion('c', { scale: 'fibonacci' })]
    expect(aggregateRatings({ a: [5], b: [20] }, fibonacci, mean).isContested).toBe(true)
    expect(aggregateRatings({ a: [3], b: [13] }, fibonacci, mean).isContested).toBe(false)
  })

  it('follows a changed threshold setting', () => {
    const ratings = { anna: [2], ben: [4] }
    expect(
      aggregateRatings(ratings, [criterion('c')], { ...mean, contestedRange: 2 }).isContested,
    ).toBe(true)
  })

  it('never flags a single rater as contested and shows no spread', () => {
    const aggregate = aggregateRatings({ anna: [5, 1] }, [criterion('a'), criterion('b')], {
      ...mean,
      contestedRange: 0,
    })
    expect(aggregate.criteria[0]).toMatchObject({ value: 5, sd: 0, range: 0, count: 1 })
    expect(aggregate.isContested).toBe(false)
  })

  it('skips missing ratings and lists the criteria nobody rated', () => {
    const aggregate = aggregateRatings(
      { anna: [4, null, 2], ben: [null, null, 4], cem: [2] },
      oneToFive,
      mean,
    )
    expect(aggregate.criteria[0]).toMatchObject({ value: 3, count: 2 })
    expect(aggregate.criteria[1]).toMatchObject({
      value: null,
      sd: null,
      count: 0,
      isContested: false,
    })
    expect(aggregate.criteria[2]).toMatchObject({ value: 3, count: 2 })
    expect(aggregate.unscoredCriterionIds).toEqual(['vision-fit'])
    expect(aggregate.raterCount).toBe(3)
  })

  it('counts a rating outside the scale, as in a hand-edited file, as the nearest end', () => {
    const aggregate = aggregateRatings({ anna: [9], ben: [0] }, [criterion('c')], mean)
    expect(aggregate.criteria[0]).toMatchObject({ min: 1, max: 5, value: 3 })
  })

  it('reuses the aggregate while the ratings object and the scales stay the same', () => {
    const initiative = { ...createInitiative('i', 'Loyalty app'), ratings: { anna: [3] } }
    const first = aggregateInitiative(initiative, [criterion('c')], mean)
    expect(aggregateInitiative(initiative, [criterion('c', { weight: 9 })], mean)).toBe(first)
    const rescaled = aggregateInitiative(initiative, [criterion('c', { scale: '1-10' })], mean)
    expect(rescaled).not.toBe(first)
    expect(aggregateInitiative(initiative, [criterion('c')], median)).not.toBe(first)
  })
})
