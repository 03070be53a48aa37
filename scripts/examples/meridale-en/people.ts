import type { Meta, Participant } from '../../../shared/domain/index'

/** Meridale Facilities Services Ltd: a fictional facilities-services firm in the North of England. */
export const META: Meta = {
  title: 'Client loyalty strategy 2026–2027',
  organisation: 'Meridale Facilities Services Ltd',
  facilitator: 'Claire Denholm',
  date: '2026-02-05',
  language: 'en',
  logo: null,
}

export const PARTICIPANTS: Participant[] = [
  { id: 'p-ashcroft', name: 'Helen Ashcroft', role: 'Managing Director' },
  { id: 'p-okafor', name: 'Daniel Okafor', role: 'Operations Director' },
  { id: 'p-raman', name: 'Priya Raman', role: 'Head of Client Services' },
  { id: 'p-gallagher', name: 'Tom Gallagher', role: 'Finance Director' },
  { id: 'p-pritchard', name: 'Siân Pritchard', role: 'People and Culture Lead' },
  { id: 'p-lindqvist', name: 'Marcus Lindqvist', role: 'Head of Technical Services' },
]

/** The order in which every rating string of this example lists the participants. */
export const PARTICIPANT_IDS = PARTICIPANTS.map((participant) => participant.id)

/** Owners are named as the room names them, by person. */
export const OWNER = {
  ashcroft: 'Helen Ashcroft',
  okafor: 'Daniel Okafor',
  raman: 'Priya Raman',
  gallagher: 'Tom Gallagher',
  pritchard: 'Siân Pritchard',
  lindqvist: 'Marcus Lindqvist',
} as const
