import { describe, expect, it } from 'vitest'
import {
  linkInitiative,
  promoteParkingLotItem,
  unlinkInitiative,
  type Project,
} from '../../../../shared/domain'
import { buildProject, criterion } from './scoring/build-project'

function withParkingLot(): Project {
  const project = buildProject({
    criteria: [criterion('loyalty')],
    initiatives: [{ id: 'app', title: 'Loyalty app' }],
  })
  return {
    ...project,
    parkingLot: [
      {
        id: 'p1',
        text: '  Callback within 24 hours\nCustomers who complained get a call.',
        stepId: 'culture',
        triage: 'open',
        initiativeId: null,
      },
      {
        id: 'p2',
        text: 'Use the app for feedback',
        stepId: null,
        triage: 'open',
        initiativeId: null,
      },
    ],
  }
}

describe('traceability links', () => {
  it('links an initiative once to what it serves and unlinks it', () => {
    let project = withParkingLot()
    project = linkInitiative(project, {
      initiativeId: 'app',
      link: { kind: 'segment', id: 'families' },
    })
    project = linkInitiative(project, {
      initiativeId: 'app',
      link: { kind: 'segment', id: 'families' },
    })
    project = linkInitiative(project, {
      initiativeId: 'app',
      link: { kind: 'need', id: 'families' },
    })
    expect(project.initiatives[0]?.links).toEqual([
      { kind: 'segment', id: 'families' },
      { kind: 'need', id: 'families' },
    ])
    project = unlinkInitiative(project, {
      initiativeId: 'app',
      link: { kind: 'segment', id: 'families' },
    })
    expect(project.initiatives[0]?.links).toEqual([{ kind: 'need', id: 'families' }])
  })
})

describe('a parking-lot item becomes an initiative', () => {
  it("creates the initiative from the item's text and records the triage", () => {
    const project = promoteParkingLotItem(withParkingLot(), {
      itemId: 'p1',
      initiativeId: 'callback',
    })
    const created = project.initiatives.find((i) => i.id === 'callback')
    expect(created).toMatchObject({
      title: 'Callback within 24 hours',
      description: '  Callback within 24 hours\nCustomers who complained get a call.',
      status: 'new',
    })
    expect(project.parkingLot[0]).toMatchObject({ triage: 'initiative', initiativeId: 'callback' })
    expect(project.parkingLot[1]?.triage).toBe('open')
  })

  it('links the item to an existing initiative instead of creating a second one', () => {
    const project = promoteParkingLotItem(withParkingLot(), { itemId: 'p2', initiativeId: 'app' })
    expect(project.initiatives).toHaveLength(1)
    expect(project.parkingLot[1]).toMatchObject({ triage: 'initiative', initiativeId: 'app' })
  })

  it('changes nothing for an unknown item', () => {
    const project = withParkingLot()
    expect(promoteParkingLotItem(project, { itemId: 'nope', initiativeId: 'x' })).toBe(project)
  })
})
