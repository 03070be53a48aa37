import type { Meta, Participant } from '../../../shared/domain/index'

/** Radhaus Brenner GmbH: a fictional chain of seven bike shops with workshops in Upper Bavaria. */
export const META: Meta = {
  title: 'Loyalitätsstrategie 2026–2027',
  organisation: 'Radhaus Brenner GmbH',
  facilitator: 'Dr. Miriam Schäfer',
  date: '2026-01-23',
  language: 'de',
  logo: null,
}

export const PARTICIPANTS: Participant[] = [
  { id: 'p-brenner', name: 'Katharina Brenner', role: 'Geschäftsführerin' },
  { id: 'p-weissgerber', name: 'Jonas Weißgerber', role: 'Leiter Werkstätten' },
  { id: 'p-yilmaz', name: 'Mehmet Yılmaz', role: 'Vertriebsleiter und Filialleiter Rosenheim' },
  { id: 'p-hoessl', name: 'Sabine Hößl', role: 'Marketing und Onlineauftritt' },
  { id: 'p-strasser', name: 'Lukas Straßer', role: 'Einkauf, Sortiment und Finanzen' },
  { id: 'p-oeztuerk', name: 'Jana Öztürk', role: 'Personal und Ausbildung' },
]

/** The order in which every rating string of this example lists the participants. */
export const PARTICIPANT_IDS = PARTICIPANTS.map((participant) => participant.id)

/** Owners are named as the room names them, by person. */
export const OWNER = {
  brenner: 'Katharina Brenner',
  weissgerber: 'Jonas Weißgerber',
  yilmaz: 'Mehmet Yılmaz',
  hoessl: 'Sabine Hößl',
  strasser: 'Lukas Straßer',
  oeztuerk: 'Jana Öztürk',
} as const
