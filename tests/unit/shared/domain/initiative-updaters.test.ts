import { describe, expect, it } from 'vitest'
import {
  addInitiative,
  createInitiative,
  createProject,
  patchInitiative,
  removeInitiative,
  type Project,
} from '../../../../shared/domain'

function project(): Project {
  const base = createProject({ language: 'de', title: 'T', date: '2026-01-01' })
  return {
    ...base,
    initiatives: [
      { ...createInitiative('i-1', 'Kundenkarte'), ratings: { 'p-1': [5, 4, 1, 1, 2, 1] } },
      createInitiative('i-2', 'Newsletter'),
    ],
    parkingLot: [
      {
        id: 'idea-1',
        text: 'Kundenkarte',
        stepId: null,
        triage: 'initiative',
        initiativeId: 'i-1',
      },
    ],
  }
}

describe('editing initiatives in the register', () => {
  it('adds a new unrated initiative at the end with the given fields', () => {
    const next = addInitiative(project(), {
      id: 'i-3',
      title: 'Treue-Frühstück',
      patch: { owner: 'Anna', communication: { channel: 'Intranet' } },
    })
    const added = next.initiatives.at(-1)
    expect(next.initiatives.map((i) => i.id)).toEqual(['i-1', 'i-2', 'i-3'])
    expect(added?.title).toBe('Treue-Frühstück')
    expect(added?.owner).toBe('Anna')
    expect(added?.communication).toEqual({ audience: '', timing: '', channel: 'Intranet' })
    expect(added?.ratings).toEqual({})
  })

  it('changes one field of the communication plan and keeps the others', () => {
    const start = patchInitiative(project(), {
      id: 'i-2',
      patch: { communication: { audience: 'Vertrieb', timing: 'monatlich' } },
    })
    const next = patchInitiative(start, {
      id: 'i-2',
      patch: { communication: { timing: 'wöchentlich' } },
    })
    expect(next.initiatives[1]?.communication).toEqual({
      audience: 'Vertrieb',
      timing: 'wöchentlich',
      channel: '',
    })
  })

  it('leaves the other initiatives as the same objects, so their scores need not be recomputed', () => {
    const before = project()
    const next = patchInitiative(before, { id: 'i-2', patch: { owner: 'Ben' } })
    expect(next.initiatives[0]).toBe(before.initiatives[0])
    expect(next.initiatives[1]?.owner).toBe('Ben')
  })

  it('removes an initiative and the parking-lot idea no longer points to it', () => {
    const next = removeInitiative(project(), { id: 'i-1' })
    expect(next.initiatives.map((i) => i.id)).toEqual(['i-2'])
    expect(next.parkingLot[0]).toMatchObject({ triage: 'initiative', initiativeId: null })
  })

  it('changes nothing when the id is unknown', () => {
    const before = project()
    expect(removeInitiative(before, { id: 'nope' })).toBe(before)
    expect(patchInitiative(before, { id: 'nope', patch: { owner: 'X' } })).toBe(before)
  })
})
