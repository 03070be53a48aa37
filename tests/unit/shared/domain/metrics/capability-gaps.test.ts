import { describe, expect, it } from 'vitest'
import { capabilityGaps, type Capability, type Level } from '../../../../../shared/domain'

const capability = (id: string, current: Level, target: Level): Capability => ({
  id,
  name: id,
  category: 'process',
  current,
  target,
  note: '',
})

describe('capability gaps', () => {
  it('sorts by gap, largest first, with unknown levels last', () => {
    const gaps = capabilityGaps([
      capability('crm', 2, 3),
      capability('training', null, 4),
      capability('analytics', 1, 5),
      capability('complaints', 4, 4),
      capability('stores', 3, null),
      capability('app', 4, 3),
      capability('service', 2, 4),
    ])
    expect(gaps.map((g) => [g.capability.id, g.gap])).toEqual([
      ['analytics', 4],
      ['service', 2],
      ['crm', 1],
      ['complaints', 0],
      ['app', -1],
      ['training', null],
      ['stores', null],
    ])
  })

  it('keeps the worksheet order for equal gaps', () => {
    const gaps = capabilityGaps([capability('b', 1, 3), capability('a', 2, 4)])
    expect(gaps.map((g) => g.capability.id)).toEqual(['b', 'a'])
  })
})
