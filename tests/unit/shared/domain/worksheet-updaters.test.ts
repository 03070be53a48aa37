import { describe, expect, it } from 'vitest'
import {
  EMPTY_CLV,
  EMPTY_NPS,
  addParkingLotItem,
  assumptionRows,
  attributeRows,
  careActionRows,
  competitorRows,
  createInitiative,
  createProject,
  needRows,
  patchParkingLotItem,
  patchSegmentClv,
  patchSegmentNps,
  rateAttribute,
  removeParkingLotItem,
  segmentRows,
  serviceRows,
  setCultureRating,
  setEnps,
  setServiceNeed,
  setServiceSegment,
  setStepStatus,
  setVisionStatement,
  stakeholderRows,
  triageParkingLotItem,
  type Project,
  type Segment,
} from '../../../../shared/domain'

const fresh = (): Project => createProject({ language: 'de', title: 'Test', date: '2026-01-05' })

const segment = (id: string, name = id): Segment => ({
  id,
  name,
  traits: '',
  size: null,
  revenueSharePercent: null,
  isMostValuable: false,
  clv: EMPTY_CLV,
  nps: EMPTY_NPS,
})

const stakeholder = (id: string, name: string) =>
  ({ id, name, role: '', support: 'neutral' }) as const

/** A project with two segments, a need of each, and one service serving both. */
function withServices(): Project {
  let project = segmentRows.add(fresh(), { row: segment('s1', 'Stammkunden') })
  project = segmentRows.add(project, { row: segment('s2', 'Gelegenheitskunden') })
  project = needRows.add(project, {
    row: { id: 'n1', segmentId: 's1', text: 'Beratung', state: 'met' },
  })
  project = needRows.add(project, {
    row: { id: 'n2', segmentId: 's2', text: 'Schnelle Lieferung', state: 'investigate' },
  })
  return serviceRows.add(project, {
    row: {
      id: 'v1',
      name: 'Abo-Service',
      kind: 'new',
      attributes: '',
      segmentIds: ['s1', 's2'],
      needIds: ['n1', 'n2'],
    },
  })
}

describe('worksheet rows', () => {
  it('adding a stakeholder keeps the earlier project unchanged and starts the step', () => {
    const before = fresh()
    const after = stakeholderRows.add(before, { row: stakeholder('k1', 'Vorstand') })
    expect(after.steps.vision.stakeholders).toEqual([stakeholder('k1', 'Vorstand')])
    expect(after.steps.vision.status).toBe('in-progress')
    expect(before.steps.vision.stakeholders).toEqual([])
    expect(before.steps.vision.status).toBe('not-started')
  })

  it('a step marked done stays done when a row is edited', () => {
    const done = setStepStatus(fresh(), { step: 'vision', status: 'done' })
    const after = stakeholderRows.add(done, { row: stakeholder('k1', 'Vorstand') })
    expect(after.steps.vision.status).toBe('done')
  })

  it('rows can be inserted at a place, patched, moved and removed', () => {
    let project = stakeholderRows.add(fresh(), { row: stakeholder('a', 'A') })
    project = stakeholderRows.add(project, { row: stakeholder('c', 'C') })
    project = stakeholderRows.add(project, { row: stakeholder('b', 'B'), index: 1 })
    const names = (p: Project) => p.steps.vision.stakeholders.map((s) => s.name)
    expect(names(project)).toEqual(['A', 'B', 'C'])

    project = stakeholderRows.patch(project, { id: 'b', patch: { support: 'champion' } })
    expect(project.steps.vision.stakeholders[1]).toEqual({
      id: 'b',
      name: 'B',
      role: '',
      support: 'champion',
    })

    project = stakeholderRows.move(project, { id: 'c', offset: -1 })
    expect(names(project)).toEqual(['A', 'C', 'B'])
    project = stakeholderRows.move(project, { id: 'a', offset: -1 })
    expect(names(project)).toEqual(['A', 'C', 'B'])

    project = stakeholderRows.remove(project, { id: 'c' })
    expect(names(project)).toEqual(['A', 'B'])
  })

  it('sets the vision statement', () => {
    const project = setVisionStatement(fresh(), { statement: 'Kunden kommen gern wieder.' })
    expect(project.steps.vision.statement).toBe('Kunden kommen gern wieder.')
    expect(project.steps.vision.status).toBe('in-progress')
  })

  it('removing an assumption removes the initiatives’ links to it', () => {
    let project = assumptionRows.add(fresh(), {
      row: { id: 'a1', text: 'Der Markt wächst', evidence: 'Studie', confidence: 'high' },
    })
    const initiative = {
      ...createInitiative('i1', 'Marktstudie'),
      links: [
        { kind: 'assumption' as const, id: 'a1' },
        { kind: 'segment' as const, id: 'a1' },
      ],
    }
    project = { ...project, initiatives: [initiative] }
    project = assumptionRows.remove(project, { id: 'a1' })
    expect(project.steps.vision.assumptions).toEqual([])
    expect(project.initiatives[0]?.links).toEqual([{ kind: 'segment', id: 'a1' }])
  })
})

describe('segments', () => {
  it('CLV inputs and NPS counts are changed field by field', () => {
    let project = segmentRows.add(fresh(), { row: segment('s1') })
    project = patchSegmentClv(project, { id: 's1', patch: { averagePurchaseValue: 80 } })
    project = patchSegmentClv(project, { id: 's1', patch: { marginPercent: 25 } })
    project = patchSegmentNps(project, { id: 's1', patch: { promoters: 12 } })
    const s1 = project.steps.segments.segments[0]
    expect(s1?.clv).toEqual({ ...EMPTY_CLV, averagePurchaseValue: 80, marginPercent: 25 })
    expect(s1?.nps).toEqual({ promoters: 12, passives: 0, detractors: 0 })
  })

  it('marks a segment as most valuable', () => {
    let project = segmentRows.add(fresh(), { row: segment('s1') })
    project = segmentRows.patch(project, { id: 's1', patch: { isMostValuable: true } })
    expect(project.steps.segments.segments[0]?.isMostValuable).toBe(true)
  })

  it('removing a segment leaves its needs without segment and unserves it', () => {
    let project = withServices()
    project = {
      ...project,
      initiatives: [{ ...createInitiative('i1', 'X'), links: [{ kind: 'segment', id: 's1' }] }],
    }
    project = segmentRows.remove(project, { id: 's1' })
    expect(project.steps.segments.segments.map((s) => s.id)).toEqual(['s2'])
    expect(project.steps.services.needs.map((n) => n.segmentId)).toEqual([null, 's2'])
    expect(project.steps.services.services[0]?.segmentIds).toEqual(['s2'])
    expect(project.initiatives[0]?.links).toEqual([])
  })
})

describe('services', () => {
  it('removing a need removes it from the services that served it', () => {
    const project = needRows.remove(withServices(), { id: 'n1' })
    expect(project.steps.services.needs.map((n) => n.id)).toEqual(['n2'])
    expect(project.steps.services.services[0]?.needIds).toEqual(['n2'])
  })

  it('serving a segment twice lists it once; unserving removes it', () => {
    let project = setServiceSegment(withServices(), {
      serviceId: 'v1',
      segmentId: 's1',
      isServed: true,
    })
    expect(project.steps.services.services[0]?.segmentIds).toEqual(['s1', 's2'])
    project = setServiceSegment(project, { serviceId: 'v1', segmentId: 's1', isServed: false })
    expect(project.steps.services.services[0]?.segmentIds).toEqual(['s2'])
  })

  it('serving a need also serves its segment; unserving the need keeps the segment', () => {
    let project = serviceRows.patch(withServices(), {
      id: 'v1',
      patch: { segmentIds: [], needIds: [] },
    })
    project = setServiceNeed(project, { serviceId: 'v1', needId: 'n2', isServed: true })
    expect(project.steps.services.services[0]).toMatchObject({
      segmentIds: ['s2'],
      needIds: ['n2'],
    })
    project = setServiceNeed(project, { serviceId: 'v1', needId: 'n2', isServed: false })
    expect(project.steps.services.services[0]).toMatchObject({ segmentIds: ['s2'], needIds: [] })
  })
})

describe('competitive advantage', () => {
  function rated(): Project {
    let project = competitorRows.add(fresh(), { row: { id: 'c1', name: 'Alpha' } })
    project = competitorRows.add(project, { row: { id: 'c2', name: 'Beta' } })
    project = attributeRows.add(project, {
      row: { id: 't1', name: 'Beratung', ours: null, competitors: {} },
    })
    project = rateAttribute(project, { attributeId: 't1', competitorId: null, level: 4 })
    project = rateAttribute(project, { attributeId: 't1', competitorId: 'c1', level: 2 })
    return rateAttribute(project, { attributeId: 't1', competitorId: 'c2', level: 5 })
  }

  it('rates an attribute for us and for each competitor', () => {
    expect(rated().steps.advantage.attributes[0]).toEqual({
      id: 't1',
      name: 'Beratung',
      ours: 4,
      competitors: { c1: 2, c2: 5 },
    })
  })

  it('removing a competitor removes its ratings', () => {
    const project = competitorRows.remove(rated(), { id: 'c1' })
    expect(project.steps.advantage.competitors.map((c) => c.name)).toEqual(['Beta'])
    expect(project.steps.advantage.attributes[0]?.competitors).toEqual({ c2: 5 })
  })
})

describe('culture', () => {
  it('records each participant’s rating of each question', () => {
    let project = setCultureRating(fresh(), {
      participantId: 'p1',
      questionId: 'mistakes',
      level: 2,
    })
    project = setCultureRating(project, {
      participantId: 'p1',
      questionId: 'recognition',
      level: 4,
    })
    project = setCultureRating(project, { participantId: 'p2', questionId: 'mistakes', level: 5 })
    expect(project.steps.culture.ratings).toEqual({
      p1: { mistakes: 2, recognition: 4 },
      p2: { mistakes: 5 },
    })
    expect(project.steps.culture.status).toBe('in-progress')
  })

  it('clearing a rating removes it, and the participant once nothing is left', () => {
    let project = setCultureRating(fresh(), {
      participantId: 'p1',
      questionId: 'mistakes',
      level: 2,
    })
    project = setCultureRating(project, {
      participantId: 'p1',
      questionId: 'mistakes',
      level: null,
    })
    expect(project.steps.culture.ratings).toEqual({})
  })

  it('changes eNPS counts one at a time', () => {
    let project = setEnps(fresh(), { promoters: 7 })
    project = setEnps(project, { detractors: 3 })
    expect(project.steps.culture.enps).toEqual({ promoters: 7, passives: 0, detractors: 3 })
  })

  it('keeps CARE actions for employees and customers', () => {
    let project = careActionRows.add(fresh(), {
      row: { id: 'c1', audience: 'employees', pillar: 'appreciate', text: 'Danke sagen' },
    })
    project = careActionRows.add(project, {
      row: { id: 'c2', audience: 'customers', pillar: 'respond', text: 'Antwort in 24 h' },
    })
    project = {
      ...project,
      initiatives: [{ ...createInitiative('i1', 'X'), links: [{ kind: 'care', id: 'c1' }] }],
    }
    project = careActionRows.remove(project, { id: 'c1' })
    expect(project.steps.culture.careActions.map((a) => a.text)).toEqual(['Antwort in 24 h'])
    expect(project.initiatives[0]?.links).toEqual([])
  })
})

describe('parking lot', () => {
  const captured = () =>
    addParkingLotItem(fresh(), {
      id: 'x1',
      text: 'Kundenbeirat gründen\nmit 8 Kunden',
      stepId: 'segments',
    })

  it('captures an idea untriaged with the step it came from', () => {
    expect(captured().parkingLot).toEqual([
      {
        id: 'x1',
        text: 'Kundenbeirat gründen\nmit 8 Kunden',
        stepId: 'segments',
        triage: 'open',
        initiativeId: null,
      },
    ])
  })

  it('edits and triages an idea as answered', () => {
    let project = patchParkingLotItem(captured(), { id: 'x1', text: 'Beirat' })
    project = triageParkingLotItem(project, { id: 'x1', triage: 'answered', newInitiativeId: 'i9' })
    expect(project.parkingLot[0]).toMatchObject({
      text: 'Beirat',
      triage: 'answered',
      initiativeId: null,
    })
    expect(project.initiatives).toEqual([])
  })

  it('an idea that becomes an initiative makes exactly one initiative from its text', () => {
    let project = triageParkingLotItem(captured(), {
      id: 'x1',
      triage: 'initiative',
      newInitiativeId: 'i1',
    })
    project = triageParkingLotItem(project, {
      id: 'x1',
      triage: 'out-of-scope',
      newInitiativeId: 'i2',
    })
    project = triageParkingLotItem(project, {
      id: 'x1',
      triage: 'initiative',
      newInitiativeId: 'i3',
    })
    expect(project.initiatives.map((i) => [i.id, i.title, i.description])).toEqual([
      ['i1', 'Kundenbeirat gründen', 'Kundenbeirat gründen\nmit 8 Kunden'],
    ])
    expect(project.parkingLot[0]).toMatchObject({ triage: 'initiative', initiativeId: 'i1' })
  })

  it('removing an idea keeps the initiative made from it', () => {
    let project = triageParkingLotItem(captured(), {
      id: 'x1',
      triage: 'initiative',
      newInitiativeId: 'i1',
    })
    project = removeParkingLotItem(project, { id: 'x1' })
    expect(project.parkingLot).toEqual([])
    expect(project.initiatives.map((i) => i.id)).toEqual(['i1'])
  })
})
