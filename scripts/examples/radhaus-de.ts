import { defaultCriteria, defaultPrioritisation } from '../../shared/domain/index'
import type { Criterion, ParkingLotItem, Project } from '../../shared/domain/index'
import { initiativeOf } from './build'
import { ADVANTAGE, CAPABILITIES, CULTURE } from './radhaus-de/advantage-capabilities-culture'
import { EXECUTION, INITIATIVES } from './radhaus-de/execution'
import { META, PARTICIPANTS, PARTICIPANT_IDS } from './radhaus-de/people'
import { SEGMENTS, SERVICES, VISION } from './radhaus-de/vision-segments-services'

/** The room weighted loyalty three times and the fit with the vision twice. */
const WEIGHTS: Readonly<Record<string, number>> = { loyalty: 3, 'vision-fit': 2 }

const CRITERIA: Criterion[] = defaultCriteria('de').map((criterion) => ({
  ...criterion,
  weight: WEIGHTS[criterion.id] ?? 1,
}))

const PARKING_LOT: ParkingLotItem[] = [
  {
    id: 'pl-werkstattflaeche',
    text: 'Werkstattfläche Rosenheim: Nachbarhalle ab 2027 anmieten? Kosten und Mietdauer klärt Lukas Straßer mit dem Vermieter.',
    stepId: 'capabilities',
    triage: 'open',
    initiativeId: null,
  },
  {
    id: 'pl-verkehrswacht',
    text: 'Fahrtraining für Senior:innen gemeinsam mit der Verkehrswacht anbieten – die hat Trainer:innen und einen Übungsplatz.',
    stepId: 'services',
    triage: 'initiative',
    initiativeId: 'i-fahrsicherheit',
  },
  {
    id: 'pl-foerdermittel',
    text: 'Gibt es Fördermittel für die Leihflotte? Geklärt: Das Landesprogramm fördert nur Lastenräder für Betriebe, für uns nicht passend.',
    stepId: 'execution',
    triage: 'answered',
    initiativeId: null,
  },
  {
    id: 'pl-onlineshop',
    text: 'Eigener Onlineshop mit deutschlandweitem Versand, um mit den Direktversendern mitzuhalten.',
    stepId: 'advantage',
    triage: 'out-of-scope',
    initiativeId: null,
  },
  {
    id: 'pl-wiederkehrquote',
    text: 'Wie messen wir Loyalität im Werkstattgeschäft jeden Monat? Vorschlag: Anteil der Kund:innen, die binnen 18 Monaten wiederkommen.',
    stepId: null,
    triage: 'open',
    initiativeId: null,
  },
]

/** The German example: a regional bike-shop chain whose workshop is its reason to be chosen. */
export const RADHAUS_DE: Project = {
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
