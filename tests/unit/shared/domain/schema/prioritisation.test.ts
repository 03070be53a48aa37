import { describe, expect, expectTypeOf, it } from 'vitest'
import { RatingRow, Ratings } from '../../../../../shared/domain'

/** The first problem with a value as path and message, or null when the value is valid. */
function firstProblem(schema: typeof RatingRow | typeof Ratings, value: unknown) {
  const result = schema.safeParse(value)
  if (result.success) return null
  const [issue] = result.error.issues
  return issue ? { path: issue.path, message: issue.message } : null
}

describe('a rating row', () => {
  it('is a list of numbers or nulls', () => {
    expectTypeOf<RatingRow>().toEqualTypeOf<(number | null)[]>()
  })

  it('accepts ratings from 0 to 100, fractions and gaps', () => {
    for (const row of [[], [0, 100], [3, null, 5], [null, null], [2.5, 13], Array(100).fill(1)]) {
      expect(RatingRow.safeParse(row)).toEqual({ success: true, data: row })
    }
  })

  it('names the entry that is not a number', () => {
    expect(firstProblem(RatingRow, [3, 'four', 5])).toEqual({
      path: [1],
      message: 'Invalid input: expected number, received string',
    })
    expect(firstProblem(RatingRow, [true])).toMatchObject({ path: [0] })
    expect(firstProblem(RatingRow, [[3]])).toMatchObject({ path: [0] })
    expect(firstProblem(RatingRow, [3, undefined])).toMatchObject({ path: [1] })
  })

  it('refuses NaN and infinite ratings', () => {
    expect(firstProblem(RatingRow, [1, Number.NaN])).toEqual({
      path: [1],
      message: 'Invalid input: expected number, received NaN',
    })
    expect(firstProblem(RatingRow, [Number.POSITIVE_INFINITY])).toMatchObject({ path: [0] })
    expect(firstProblem(RatingRow, [4, 4, Number.NEGATIVE_INFINITY])).toMatchObject({ path: [2] })
  })

  it('refuses ratings below 0 and above 100', () => {
    expect(firstProblem(RatingRow, [5, -1])).toEqual({
      path: [1],
      message: 'Too small: expected number to be >=0',
    })
    expect(firstProblem(RatingRow, [100.5])).toEqual({
      path: [0],
      message: 'Too big: expected number to be <=100',
    })
  })

  it('refuses more than 100 entries and anything but a list', () => {
    expect(firstProblem(RatingRow, Array(101).fill(null))).toEqual({
      path: [],
      message: 'Too big: expected array to have <=100 items',
    })
    expect(firstProblem(RatingRow, { 0: 3 })).toEqual({
      path: [],
      message: 'Invalid input: expected array, received object',
    })
    expect(firstProblem(RatingRow, null)).toMatchObject({ path: [] })
    expect(firstProblem(RatingRow, '3,4')).toMatchObject({ path: [] })
  })

  it('reports every bad entry of the ratings of one initiative by participant and position', () => {
    const result = Ratings.safeParse({ 'p-1': [3, 4], 'p-2': [3, 'x', 500] })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ['p-2', 1],
      ['p-2', 2],
    ])
  })
})

describe('the ratings of one initiative', () => {
  it('are read into a fresh object without a __proto__ key, leaving prototypes alone', () => {
    const input = JSON.parse('{"p-1": [3, 4], "__proto__": [5, 5]}') as unknown
    const result = Ratings.safeParse(input)
    expect(result.success).toBe(true)
    expect(result.data).toEqual({ 'p-1': [3, 4] })
    expect(Object.keys(result.data ?? {})).toEqual(['p-1'])
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype)
    expect(result.data).not.toBe(input)
  })

  it('name a participant id that is empty or too long', () => {
    const long = 'x'.repeat(65)
    expect(firstProblem(Ratings, { '': [1] })).toEqual({
      path: [''],
      message: 'is not a participant id (1 to 64 characters)',
    })
    expect(firstProblem(Ratings, { [long]: [1] })).toMatchObject({ path: [long] })
  })

  it('are a record of rows, not a list or a value', () => {
    for (const value of [[[3, 4]], null, 'p-1', 3]) {
      expect(firstProblem(Ratings, value)).toMatchObject({
        path: [],
        message: expect.stringMatching(/^Invalid input: expected record/) as unknown,
      })
    }
  })
})
