import { describe, expect, it } from 'vitest'
import { createInitiative, createProject, type Project } from '../../../../../shared/domain'
import {
  mergeInitiativeDrafts,
  parseInitiativesCsv,
  planImport,
} from '../../../../../shared/domain/csv'

function projectWithOne(): Project {
  const project = createProject({ language: 'en', title: 'T', date: '2026-01-01' })
  const rated = {
    ...createInitiative('i-1', 'Welcome call'),
    owner: 'Anna',
    ratings: { 'p-1': [5, 4, 1, 1, 2, 1] },
  }
  return { ...project, initiatives: [rated] }
}

describe('importing initiatives into a project', () => {
  const csv = 'ID,Title,Owner\ni-1,,Ben\nnope,Birthday voucher,Cara\n,Referral bonus,\n'

  it('updates the initiative a row names by id, only in the columns the file has', () => {
    const project = projectWithOne()
    const { drafts } = parseInitiativesCsv(csv)
    const next = mergeInitiativeDrafts(project, { drafts, newIds: ['i-2', 'i-3'] })
    const updated = next.initiatives[0]
    expect(updated?.title).toBe('Welcome call')
    expect(updated?.owner).toBe('Ben')
    expect(updated?.ratings).toEqual({ 'p-1': [5, 4, 1, 1, 2, 1] })
  })

  it('adds the other rows as new initiatives with the ids the caller made, in file order', () => {
    const project = projectWithOne()
    const { drafts } = parseInitiativesCsv(csv)
    const next = mergeInitiativeDrafts(project, { drafts, newIds: ['i-2', 'i-3'] })
    expect(next.initiatives.map((i) => [i.id, i.title, i.owner, i.status])).toEqual([
      ['i-1', 'Welcome call', 'Ben', 'new'],
      ['i-2', 'Birthday voucher', 'Cara', 'new'],
      ['i-3', 'Referral bonus', '', 'new'],
    ])
    expect(planImport(project, drafts)).toEqual({ updated: 1, added: 2 })
  })

  it('leaves the project it was given unchanged', () => {
    const project = projectWithOne()
    const before = JSON.stringify(project)
    mergeInitiativeDrafts(project, { drafts: parseInitiativesCsv(csv).drafts, newIds: ['a', 'b'] })
    expect(JSON.stringify(project)).toBe(before)
  })
})
