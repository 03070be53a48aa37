import { describe, expect, it } from 'vitest'
import { crossCheck } from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

const rice = (reach: number) => ({
  reach,
  impact: 1 as const,
  confidencePercent: 100 as const,
  effortMonths: 1,
})

describe('cross-check of the frameworks', () => {
  // Weighted order: a b c d e (ratings 5..1); RICE order: e a b c d, so e moves 4 places.
  const project = buildProject({
    criteria: [criterion('loyalty')],
    initiatives: [
      { id: 'a', ratings: { anna: [5] }, estimates: { ...rice(40), moscow: 'must' } },
      { id: 'b', ratings: { anna: [4] }, estimates: { ...rice(30), moscow: 'must' } },
      { id: 'c', ratings: { anna: [3] }, estimates: { ...rice(20), moscow: 'must' } },
      { id: 'd', ratings: { anna: [2] }, estimates: { ...rice(10), moscow: 'must' } },
      { id: 'e', ratings: { anna: [1] }, estimates: { ...rice(50), moscow: 'could' } },
    ],
  })

  it('puts the rank under every framework side by side', () => {
    const rows = crossCheck(project)
    expect(rows.map((r) => r.initiativeId)).toEqual(['a', 'b', 'c', 'd', 'e'])
    const e = rows.find((r) => r.initiativeId === 'e')
    expect(e?.ranks.weighted).toEqual({ rank: 5, from: 5, to: 5 })
    expect(e?.ranks.rice).toEqual({ rank: 1, from: 1, to: 1 })
    // no ICE or WSJF estimates and no matrix axes: no rank there
    expect(e?.ranks.ice).toBeNull()
    expect(e?.ranks['impact-effort']).toBeNull()
  })

  it('flags an initiative that is a top-third pick under one framework and bottom-third under another', () => {
    // n = 5, a third is ceil(5/3) = 2 ranks: top 1–2, bottom 4–5. e is 5th weighted, 1st by RICE;
    // a to d stay within two places, and MoSCoW's band 1–4 is neither top nor bottom.
    const flags = Object.fromEntries(
      crossCheck(project).map((r) => [r.initiativeId, [r.largestGap, r.isDisagreement]]),
    )
    expect(flags).toEqual({
      a: [1, false],
      b: [1, false],
      c: [1, false],
      d: [1, false],
      e: [4, true],
    })
  })

  it('does not flag a move of several places within the middle of a long list', () => {
    // Twelve initiatives, a third is 4 ranks. "f" is 6th weighted and 9th by RICE: three places
    // apart, but never in the top or bottom third, so no flag. "l" goes from 12th to 1st.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']
    const reach: Record<string, number> = { f: 25, l: 999 }
    const long = buildProject({
      criteria: [criterion('loyalty', { scale: '1-10' })],
      initiatives: ids.map((id, i) => ({
        id,
        // 10, 9.5, 9 … 4.5: twelve different ratings on the 1-10 scale.
        ratings: { anna: [10 - i / 2] },
        estimates: { ...rice(reach[id] ?? 100 - i * 10), moscow: 'must' as const },
      })),
    })
    const rows = crossCheck(long)
    const f = rows.find((r) => r.initiativeId === 'f')
    expect([f?.ranks.weighted?.rank, f?.ranks.rice?.rank]).toEqual([6, 9])
    expect(f?.largestGap).toBe(3)
    expect(f?.isDisagreement).toBe(false)
    expect(rows.filter((r) => r.isDisagreement).map((r) => r.initiativeId)).toEqual(['l'])
  })

  it('treats a tie as a band, so four "musts" agree with ranks 1 to 4', () => {
    const d = crossCheck(project).find((r) => r.initiativeId === 'd')
    expect(d?.ranks.moscow).toEqual({ rank: 4, from: 1, to: 4 })
  })
})
