import { describe, expect, it } from 'vitest'
import { createInitiative, ownerOverlaps, type Initiative } from '../../../../shared/domain'

function initiative(id: string, owner: string, start: string, end: string): Initiative {
  return { ...createInitiative(id, id), owner, start, end }
}

const titlesOf = (list: readonly Initiative[] | undefined) => (list ?? []).map((i) => i.id)

describe('overlaps per owner on the roadmap', () => {
  it('finds initiatives of the same owner that run at the same time, both ways', () => {
    const overlaps = ownerOverlaps([
      initiative('app', 'Anna', '2026-01-01', '2026-03-31'),
      initiative('card', 'Anna', '2026-03-01', '2026-06-30'),
      initiative('crm', 'Ben', '2026-02-01', '2026-05-31'),
    ])
    expect(titlesOf(overlaps.get('app'))).toEqual(['card'])
    expect(titlesOf(overlaps.get('card'))).toEqual(['app'])
    expect(overlaps.has('crm')).toBe(false)
  })

  it('counts a shared last and first day as an overlap, the next day not', () => {
    const touching = ownerOverlaps([
      initiative('a', 'Anna', '2026-01-01', '2026-03-31'),
      initiative('b', 'Anna', '2026-03-31', '2026-04-30'),
    ])
    const following = ownerOverlaps([
      initiative('a', 'Anna', '2026-01-01', '2026-03-31'),
      initiative('b', 'Anna', '2026-04-01', '2026-04-30'),
    ])
    expect(touching.size).toBe(2)
    expect(following.size).toBe(0)
  })

  it('treats " Anna " and "Anna" as one owner', () => {
    const overlaps = ownerOverlaps([
      initiative('a', ' Anna ', '2026-01-01', '2026-03-31'),
      initiative('b', 'Anna', '2026-02-01', '2026-02-28'),
    ])
    expect(titlesOf(overlaps.get('a'))).toEqual(['b'])
  })

  it('ignores initiatives without an owner, without dates, with an impossible date or ending before they start', () => {
    const overlaps = ownerOverlaps([
      initiative('a', 'Anna', '2026-01-01', '2026-12-31'),
      initiative('no-owner', '', '2026-02-01', '2026-02-28'),
      initiative('no-end', 'Anna', '2026-02-01', ''),
      initiative('impossible', 'Anna', '2026-02-30', '2026-03-10'),
      initiative('backwards', 'Anna', '2026-05-01', '2026-04-01'),
    ])
    expect(overlaps.size).toBe(0)
  })
})
