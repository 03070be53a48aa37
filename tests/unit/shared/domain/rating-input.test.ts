import { describe, expect, it } from 'vitest'
import { readTypedRating } from '../../../../shared/domain'

describe('typing a rating into the entry grid', () => {
  it('takes a digit on the 1-5 scale as a complete rating, so the cursor moves on', () => {
    expect(readTypedRating('4', '1-5')).toEqual({ kind: 'rating', value: 4, isComplete: true })
  })

  it('waits after "1" on the 1-10 scale, because "10" may follow', () => {
    expect(readTypedRating('1', '1-10')).toEqual({ kind: 'rating', value: 1, isComplete: false })
    expect(readTypedRating('10', '1-10')).toEqual({ kind: 'rating', value: 10, isComplete: true })
    expect(readTypedRating('7', '1-10')).toEqual({ kind: 'rating', value: 7, isComplete: true })
  })

  it('on the Fibonacci scale waits after "1" and "2" (13, 20) and refuses values off the scale', () => {
    expect(readTypedRating('2', 'fibonacci')).toMatchObject({ value: 2, isComplete: false })
    expect(readTypedRating('13', 'fibonacci')).toMatchObject({ value: 13, isComplete: true })
    expect(readTypedRating('5', 'fibonacci')).toMatchObject({ value: 5, isComplete: true })
    expect(readTypedRating('4', 'fibonacci')).toEqual({ kind: 'invalid' })
  })

  it('refuses a number outside the scale and anything that is not digits', () => {
    expect(readTypedRating('6', '1-5')).toEqual({ kind: 'invalid' })
    expect(readTypedRating('0', '1-5')).toEqual({ kind: 'invalid' })
    expect(readTypedRating('3,5', '1-5')).toEqual({ kind: 'invalid' })
    expect(readTypedRating('x', '1-5')).toEqual({ kind: 'invalid' })
  })

  it('reads an emptied cell as clearing the rating', () => {
    expect(readTypedRating('', '1-5')).toEqual({ kind: 'clear' })
    expect(readTypedRating('  ', '1-10')).toEqual({ kind: 'clear' })
  })
})
