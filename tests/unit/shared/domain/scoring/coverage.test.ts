import { describe, expect, it } from 'vitest'
import {
  EMPTY_CLV,
  EMPTY_NPS,
  coverageGaps,
  linkInitiative,
  type Project,
} from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

function workshop(): Project {
  const project = buildProject({ criteria: [criterion('loyalty')], initiatives: [{ id: 'app' }] })
  const segment = (id: string, isMostValuable: boolean) => ({
    id,
    name: id,
    traits: '',
    size: null,
    revenueSharePercent: null,
    isMostValuable,
    clv: EMPTY_CLV,
    nps: EMPTY_NPS,
  })
  const { steps } = project
  return {
    ...project,
    steps: {
      ...steps,
      vision: {
        ...steps.vision,
        assumptions: [{ id: 'as1', text: 'Online grows', evidence: '', confidence: 'high' }],
      },
      segments: {
        ...steps.segments,
        segments: [segment('families', true), segment('tourists', false), segment('pros', true)],
      },
      services: {
        ...steps.services,
        needs: [
          { id: 'n1', segmentId: 'families', text: 'Parking', state: 'investigate' },
          { id: 'n2', segmentId: 'families', text: 'Advice', state: 'met' },
        ],
      },
      capabilities: {
        ...steps.capabilities,
        capabilities: [
          { id: 'crm', name: 'CRM', category: 'equipment', current: 2, target: 4, note: '' },
          { id: 'shop', name: 'Shop', category: 'facility', current: 4, target: 4, note: '' },
          { id: 'skills', name: 'Skills', category: 'skill', current: null, target: 5, note: '' },
        ],
      },
      culture: {
        ...steps.culture,
        careActions: [
          { id: 'care1', audience: 'employees', pillar: 'recognize', text: 'Monthly thanks' },
        ],
      },
    },
  }
}

describe('coverage gaps', () => {
  it('lists what no initiative serves: valuable segments, capability gaps, needs to investigate, assumptions, CARE actions', () => {
    const gaps = coverageGaps(workshop())
    expect(gaps.segments.map((s) => s.id)).toEqual(['families', 'pros'])
    expect(gaps.capabilities.map((c) => c.id)).toEqual(['crm'])
    expect(gaps.needs.map((n) => n.id)).toEqual(['n1'])
    expect(gaps.assumptions.map((a) => a.id)).toEqual(['as1'])
    expect(gaps.careActions.map((a) => a.id)).toEqual(['care1'])
    expect(gaps.total).toBe(6)
  })

  it('drops a gap once an initiative links to it', () => {
    let project = workshop()
    project = linkInitiative(project, {
      initiativeId: 'app',
      link: { kind: 'segment', id: 'pros' },
    })
    project = linkInitiative(project, {
      initiativeId: 'app',
      link: { kind: 'capability', id: 'crm' },
    })
    project = linkInitiative(project, { initiativeId: 'app', link: { kind: 'care', id: 'care1' } })
    const gaps = coverageGaps(project)
    expect(gaps.segments.map((s) => s.id)).toEqual(['families'])
    expect(gaps.capabilities).toEqual([])
    expect(gaps.careActions).toEqual([])
    expect(gaps.total).toBe(3)
  })
})
