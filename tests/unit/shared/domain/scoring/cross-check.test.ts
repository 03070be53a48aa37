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

  it('flags an initiative whose ranks differ by three places or more', () => {
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

  it('treats a tie as a band, so four "musts" agree with ranks 1 to 4', () => {
    const d = crossCheck(project).find((r) => r.initiativeId === 'd')
    expect(d?.ranks.moscow).toEqual({ rank: 4, from: 1, to: 4 })
  })
})
