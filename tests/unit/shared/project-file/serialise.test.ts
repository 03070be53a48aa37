import { describe, expect, it } from 'vitest'
import { createInitiative, createProject, type Project } from '../../../../shared/domain'
import { nestingDepth, serialiseProject } from '../../../../shared/project-file'

/** A workshop of the size the app promises to handle: initiatives × raters × criteria. */
function largeProject(initiatives: number, raters: number, criteria: number): Project {
  const base = createProject({ language: 'de', title: 'Große Runde', date: '2026-01-05' })
  const criteriaList = Array.from({ length: criteria }, (_, i) => ({
    ...base.criteria[i % base.criteria.length],
    id: `c${i}`,
  })) as Project['criteria']
  const participants = Array.from({ length: raters }, (_, i) => ({
    id: `p${i}`,
    name: `Teilnehmerin ${i}`,
    role: 'Leitung',
  }))
  return {
    ...base,
    criteria: criteriaList,
    participants,
    initiatives: Array.from({ length: initiatives }, (_, i) => ({
      ...createInitiative(`i${i}`, `Initiative ${i}: Kundenkarte überarbeiten`),
      owner: 'Jörg Weiß',
      start: '2026-02-01',
      end: '2026-06-30',
      ratings: Object.fromEntries(
        participants.map((p, r) => [
          p.id,
          criteriaList.map((_, c) => ((i + r + c) % 7 === 0 ? null : ((i * r + c) % 5) + 1)),
        ]),
      ),
    })),
  }
}

function tricky(): Project {
  const p = createProject({
    language: 'en',
    title: 'Quotes " and \\ backslashes, [brackets], {braces}',
    date: '2026-01-05',
  })
  p.meta.organisation = 'ends with a backslash \\'
  p.steps.vision.answers = {
    q1: 'line one\nline two\t"quoted" [1, 2]',
    q2: '\u0000 control \u001f and emoji 🎉 and RTL مرحبا',
  }
  p.steps.services.services = [
    {
      id: 's1',
      name: 'Hotline',
      kind: 'new',
      attributes: '',
      segmentIds: ['seg,1', 'seg "2"', 'seg\\3'],
      needIds: [],
    },
  ]
  p.prioritisation.finishedParticipantIds = ['p1', 'p2']
  p.initiatives = [
    { ...createInitiative('i1', ',\n  '), ratings: { p1: [1, null, 2.5, 0, 100, null] } },
  ]
  return p
}

describe('serialising a project', () => {
  it('matches JSON.stringify with a 2-space indent, apart from the one-line arrays', () => {
    const project = tricky()
    const text = serialiseProject(project, 'x')
    const expected = JSON.stringify(
      { format: 'loyalty-workshop', schemaVersion: 1, savedWith: 'x', project },
      null,
      2,
    )
    const withoutSpaces = (json: string) => json.replace(/\s+/g, '')
    expect(withoutSpaces(text)).toBe(withoutSpaces(expected))
    const noFlatArrays = createProject({ language: 'de', title: 'Ohne Listen \\', date: '' })
    noFlatArrays.criteria = []
    noFlatArrays.initiatives = []
    const envelope = {
      format: 'loyalty-workshop',
      schemaVersion: 1,
      savedWith: 'x',
      project: noFlatArrays,
    }
    expect(serialiseProject(noFlatArrays, 'x')).toBe(`${JSON.stringify(envelope, null, 2)}\n`)
  })

  it('round-trips exactly, including strings that look like JSON syntax', () => {
    for (const project of [tricky(), largeProject(30, 5, 6)]) {
      const text = serialiseProject(project, 'Loyalty Workshop 0.1.0')
      expect(JSON.parse(text)).toEqual({
        format: 'loyalty-workshop',
        schemaVersion: 1,
        savedWith: 'Loyalty Workshop 0.1.0',
        project,
      })
    }
  })

  it('is indented JSON with rating rows and id lists on one line, ending with a newline', () => {
    const text = serialiseProject(tricky(), 'x')
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "project": {\n    "meta": {\n      "title": ')
    expect(text).toContain('"p1": [1, null, 2.5, 0, 100, null]')
    expect(text).toContain('"segmentIds": ["seg,1", "seg \\"2\\"", "seg\\\\3"]')
    expect(text).toContain('"finishedParticipantIds": ["p1", "p2"]')
    expect(text).toContain('"stakeholders": []')
    // Arrays of objects stay one object per block.
    expect(text).toMatch(/"criteria": \[\n {6}\{\n {8}"id": "loyalty"/)
  })

  it('keeps 2,000 initiatives × 25 raters × 8 criteria to a few megabytes', () => {
    const project = largeProject(2000, 25, 8)
    const text = serialiseProject(project, 'x')
    const megabytes = new TextEncoder().encode(text).byteLength / (1024 * 1024)
    const fullyIndented = JSON.stringify(project, null, 2).length / (1024 * 1024)
    expect(megabytes).toBeLessThan(5)
    expect(megabytes).toBeLessThan(fullyIndented / 2)
    expect(nestingDepth(new TextEncoder().encode(text))).toBeLessThan(12)
    expect(JSON.parse(text)).toEqual({
      format: 'loyalty-workshop',
      schemaVersion: 1,
      savedWith: 'x',
      project,
    })
  })
})
