import { describe, expect, it } from 'vitest'
import {
  EMPTY_CLV,
  EMPTY_NPS,
  servesSegment,
  unmetNeeds,
  unservedValuableSegments,
  type Need,
  type Segment,
  type Service,
} from '../../../../../shared/domain'

const segment = (id: string, isMostValuable: boolean): Segment => ({
  id,
  name: id,
  traits: '',
  size: null,
  revenueSharePercent: null,
  isMostValuable,
  clv: EMPTY_CLV,
  nps: EMPTY_NPS,
})
const need = (id: string, segmentId: string | null): Need => ({
  id,
  segmentId,
  text: id,
  state: 'met',
})
const service = (id: string, segmentIds: string[], needIds: string[]): Service => ({
  id,
  name: id,
  kind: 'existing',
  attributes: '',
  segmentIds,
  needIds,
})

describe('which segments the services serve', () => {
  const needs = [need('fast', 'commuters'), need('advice', 'families'), need('online', null)]

  it('a service serves a segment it is marked for, or whose need it meets', () => {
    expect(servesSegment(service('a', ['commuters'], []), 'commuters', needs)).toBe(true)
    expect(servesSegment(service('b', [], ['advice']), 'families', needs)).toBe(true)
    expect(servesSegment(service('b', [], ['advice']), 'commuters', needs)).toBe(false)
    // Meeting a need shared by all segments does not make a service serve one in particular.
    expect(servesSegment(service('c', [], ['online']), 'commuters', needs)).toBe(false)
  })

  it('lists most-valuable segments that no service serves, in worksheet order', () => {
    const segments = [
      segment('commuters', true),
      segment('families', true),
      segment('sport', false),
      segment('seniors', true),
    ]
    const services = [service('a', [], ['advice']), service('b', ['sport'], [])]
    expect(unservedValuableSegments(segments, services, needs).map((s) => s.id)).toEqual([
      'commuters',
      'seniors',
    ])
  })

  it('lists needs that no service meets', () => {
    const services = [service('a', ['commuters'], ['fast'])]
    expect(unmetNeeds(needs, services).map((n) => n.id)).toEqual(['advice', 'online'])
  })
})
