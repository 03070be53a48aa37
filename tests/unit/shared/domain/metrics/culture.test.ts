import { describe, expect, it } from 'vitest'
import { CULTURE_QUESTIONS, cultureProfile } from '../../../../../shared/domain'

const questionIds = CULTURE_QUESTIONS.map((question) => question.id)

describe('culture profile', () => {
  it('gives the mean, median, population standard deviation and range per question', () => {
    const profile = cultureProfile(
      {
        anna: { mistakes: 2, recognition: 4 },
        ben: { mistakes: 4, recognition: 4 },
        cem: { mistakes: 3, recognition: null },
      },
      questionIds,
    )
    const mistakes = profile.find((row) => row.questionId === 'mistakes')
    // ratings 2, 3, 4: mean 3, deviations -1, 0, 1, population variance 2 / 3
    expect(mistakes).toMatchObject({ mean: 3, median: 3, min: 2, max: 4, range: 2, count: 3 })
    expect(mistakes?.sd).toBeCloseTo(Math.sqrt(2 / 3), 12)
  })

  it('skips missing ratings and shows all-equal ratings as no spread', () => {
    const profile = cultureProfile(
      { anna: { recognition: 4 }, ben: { recognition: 4 }, cem: { recognition: null } },
      questionIds,
    )
    expect(profile.find((row) => row.questionId === 'recognition')).toMatchObject({
      mean: 4,
      median: 4,
      sd: 0,
      range: 0,
      count: 2,
    })
  })

  it('has null statistics for a question nobody rated, in the order of the questions', () => {
    const profile = cultureProfile({ anna: { mistakes: 5 } }, questionIds)
    expect(profile.map((row) => row.questionId)).toEqual(questionIds)
    expect(profile.find((row) => row.questionId === 'customer-trust')).toEqual({
      questionId: 'customer-trust',
      mean: null,
      median: null,
      sd: null,
      min: null,
      max: null,
      range: null,
      count: 0,
    })
  })

  it('takes the median of an even number of ratings as the middle two averaged', () => {
    const profile = cultureProfile(
      { a: { mistakes: 1 }, b: { mistakes: 2 }, c: { mistakes: 4 }, d: { mistakes: 5 } },
      ['mistakes'],
    )
    // sorted 1, 2, 4, 5 -> (2 + 4) / 2 = 3; mean 3; variance (4 + 1 + 1 + 4) / 4 = 2.5
    expect(profile[0]).toMatchObject({ median: 3, mean: 3 })
    expect(profile[0]?.sd).toBeCloseTo(Math.sqrt(2.5), 12)
  })
})
