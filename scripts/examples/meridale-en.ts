import { defaultCriteria, defaultPrioritisation } from '../../shared/domain/index'
import type { Criterion, ParkingLotItem, Project } from '../../shared/domain/index'
import { initiativeOf } from './build'
import { ADVANTAGE, CAPABILITIES, CULTURE } from './meridale-en/advantage-capabilities-culture'
import { EXECUTION, INITIATIVES } from './meridale-en/execution'
import { META, PARTICIPANTS, PARTICIPANT_IDS } from './meridale-en/people'
import { SEGMENTS, SERVICES, VISION } from './meridale-en/vision-segments-services'

/** The room weighted loyalty three times and the fit with the vision twice. */
const WEIGHTS: Readonly<Record<string, number>> = { loyalty: 3, 'vision-fit': 2 }

const CRITERIA: Criterion[] = defaultCriteria('en').map((criterion) => ({
  ...criterion,
  weight: WEIGHTS[criterion.id] ?? 1,
}))

const PARKING_LOT: ParkingLotItem[] = [
  {
    id: 'pl-newcastle',
    text: 'Newcastle: open a small base for engineers and stock, or keep driving up from Leeds? Needs figures on travel time and missed response targets.',
    stepId: 'capabilities',
    triage: 'open',
    initiativeId: null,
  },
  {
    id: 'pl-portal-testers',
    text: 'Invite three FM managers to test the portal before it goes live, so that it shows what clients actually look for.',
    stepId: 'services',
    triage: 'initiative',
    initiativeId: 'i-portal',
  },
  {
    id: 'pl-renewals',
    text: 'Which contracts renew in the next 18 months? Answered: 27 contracts worth £14.2m a year; Priya has the list.',
    stepId: 'segments',
    triage: 'answered',
    initiativeId: null,
  },
  {
    id: 'pl-match-cleanpath',
    text: 'Match CleanPath’s rates on small cleaning contracts.',
    stepId: 'advantage',
    triage: 'out-of-scope',
    initiativeId: null,
  },
  {
    id: 'pl-union',
    text: 'Talk to the union representative about the cover pool and the living wage before either is announced.',
    stepId: 'culture',
    triage: 'open',
    initiativeId: null,
  },
]

/** The English example: a facilities-services firm whose renewals depend on people on site. */
export const MERIDALE_EN: Project = {
  meta: META,
  participants: PARTICIPANTS,
  steps: {
    vision: VISION,
    segments: SEGMENTS,
    services: SERVICES,
    advantage: ADVANTAGE,
    capabilities: CAPABILITIES,
    culture: CULTURE,
    execution: EXECUTION,
  },
  criteria: CRITERIA,
  initiatives: INITIATIVES.map((input) => initiativeOf(input, PARTICIPANT_IDS, CRITERIA.length)),
  prioritisation: {
    ...defaultPrioritisation(),
    isRevealed: true,
    finishedParticipantIds: PARTICIPANT_IDS,
  },
  parkingLot: PARKING_LOT,
}
