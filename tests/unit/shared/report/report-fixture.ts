import {
  Project,
  createInitiative,
  createProject,
  type Initiative,
  type Language,
} from '../../../../shared/domain'

/**
 * A small but complete workshop whose ranking can be worked out by hand. Two criteria:
 * loyalty (benefit, weight 2) and effort (cost, weight 1), so the weights are 2/3 and 1/3 and
 * score = 100 x (2/3 x (loyalty - 1) / 4 + 1/3 x (5 - effort) / 4).
 * - "Rückruf binnen 24 Stunden": loyalty 5, effort 1 from all three -> 100
 * - "Werkstatt-Termin per SMS": loyalty 4, effort 2 -> 75
 * - "Kundenkarte „Treue“ für 9,90 €": loyalty 1/5/3, effort 5/1/3 -> means 3 and 3 -> 50,
 *   contested (range 4); the raters' own scores are 0, 100 and 50 -> spread ± 40.8 (0-100)
 * - "Großes Loyalitätsprogramm": not rated -> last
 */
export const INITIATIVE_TITLES = [
  'Rückruf binnen 24 Stunden',
  'Werkstatt-Termin per SMS',
  'Kundenkarte „Treue“ für 9,90 €',
  'Großes Loyalitätsprogramm',
] as const

const PARTICIPANTS = [
  { id: 'p1', name: 'Jürgen Groß', role: 'Geschäftsführung' },
  { id: 'p2', name: 'Ayşe Yılmaz', role: 'Vertrieb' },
  { id: 'p3', name: 'Søren Æbeltoft', role: 'Werkstatt' },
]

function rated(
  id: string,
  title: string,
  rows: readonly (readonly [number, number])[],
): Initiative {
  const ratings = Object.fromEntries(rows.map((row, i) => [`p${i + 1}`, [...row]]))
  return { ...createInitiative(id, title), ratings }
}

function initiatives(): Initiative[] {
  const [first, second, third, fourth] = INITIATIVE_TITLES
  return [
    {
      ...rated('i1', first, [
        [5, 1],
        [5, 1],
        [5, 1],
      ]),
      status: 'new',
      owner: 'Jürgen Groß',
      start: '2026-02-01',
      end: '2026-03-31',
      criticalIssues: 'Erreichbarkeit der Hotline am Samstag',
      communication: { audience: 'Alle Mitarbeitenden', timing: 'monatlich', channel: 'Teamrunde' },
      links: [{ kind: 'segment', id: 's1' }],
    },
    {
      ...rated('i2', second, [
        [4, 2],
        [4, 2],
        [4, 2],
      ]),
      status: 'running',
      owner: 'Ayşe Yılmaz',
      start: '2026-01-15',
      end: '2026-06-30',
    },
    {
      ...rated('i3', third, [
        [1, 5],
        [5, 1],
        [3, 3],
      ]),
      status: 'rescope',
      owner: 'Søren Æbeltoft',
      earlierRounds: [{ round: 1, ratings: { p1: [1, 5], p2: [5, 1], p3: [1, 5] } }],
    },
    createInitiative('i4', fourth),
  ]
}

/** The realistic, fully filled-in workshop in the given project language. */
export function reportProject(language: Language = 'de'): Project {
  const base = createProject({
    language,
    title: 'Kundenbindung 2026: Räder & Service',
    date: '2026-01-05',
  })
  const project: Project = {
    ...base,
    meta: { ...base.meta, organisation: 'Radhaus Müller GmbH', facilitator: 'Dr. Grete Weiß' },
    participants: PARTICIPANTS,
    criteria: [
      {
        id: 'loyalty',
        name: 'Wirkung auf Kundenloyalität',
        description: '',
        weight: 2,
        direction: 'benefit',
        scale: '1-5',
      },
      {
        id: 'effort',
        name: 'Aufwand',
        description: '',
        weight: 1,
        direction: 'cost',
        scale: '1-5',
      },
    ],
    initiatives: initiatives(),
    steps: {
      vision: {
        status: 'done',
        answers: {
          understood: 'Ja – jede Filiale kennt „Räder, die bleiben“.',
          backed: 'Größtenteils.',
        },
        statement:
          'Wir sind die erste Adresse für alle, die mit dem Rad zur Arbeit fahren – für 9,90 € im Monat.',
        stakeholders: [
          { id: 'st1', name: 'Gesellschafter', role: 'Eigentümer', support: 'champion' },
        ],
        assumptions: [
          {
            id: 'a1',
            text: 'Pendeln per Rad wächst weiter.',
            evidence: 'Verkehrszählung 2025',
            confidence: 'high',
          },
        ],
        communications: [
          {
            id: 'c1',
            audience: 'Stammkunden',
            message: 'Warum wir umbauen',
            channel: 'Newsletter',
          },
        ],
      },
      segments: {
        status: 'done',
        answers: { alike: 'Zwei klare Gruppen.' },
        segments: [
          {
            id: 's1',
            name: 'Berufspendler:innen',
            traits: 'Fahren täglich, brauchen schnelle Reparatur',
            size: 1200,
            revenueSharePercent: 48.5,
            isMostValuable: true,
            clv: {
              averagePurchaseValue: 80,
              purchasesPerYear: 4,
              lifespanYears: 5,
              churnRatePercent: null,
              marginPercent: 25,
            },
            nps: { promoters: 60, passives: 25, detractors: 15 },
          },
          {
            id: 's2',
            name: 'Freizeitfahrer:innen',
            traits: 'Wochenende',
            size: 3400,
            revenueSharePercent: 20,
            isMostValuable: false,
            clv: {
              averagePurchaseValue: 120,
              purchasesPerYear: 1,
              lifespanYears: null,
              churnRatePercent: 25,
              marginPercent: 30,
            },
            nps: { promoters: 10, passives: 20, detractors: 20 },
          },
        ],
      },
      services: {
        status: 'in-progress',
        answers: {},
        needs: [
          { id: 'n1', segmentId: 's1', text: 'Reparatur am selben Tag', state: 'met' },
          {
            id: 'n2',
            segmentId: null,
            text: 'Ersatzrad während der Reparatur',
            state: 'investigate',
          },
        ],
        services: [
          {
            id: 'sv1',
            name: 'Express-Reparatur',
            kind: 'existing',
            attributes: 'schnell, verlässlich',
            segmentIds: ['s1'],
            needIds: ['n1'],
          },
          {
            id: 'sv2',
            name: 'Leihrad',
            kind: 'new',
            attributes: 'kostenlos',
            segmentIds: ['s2'],
            needIds: [],
          },
        ],
      },
      advantage: {
        status: 'done',
        answers: {},
        competitors: [
          { id: 'k1', name: 'Großmarkt Süd' },
          { id: 'k2', name: 'Online-Händler' },
        ],
        attributes: [
          { id: 'at1', name: 'Beratung', ours: 5, competitors: { k1: 2, k2: 1 } },
          { id: 'at2', name: 'Preis', ours: 3, competitors: { k1: 4, k2: 5 } },
        ],
        returnReasons: [{ id: 'r1', text: 'Man kennt uns beim Namen.' }],
      },
      capabilities: {
        status: 'done',
        answers: {},
        capabilities: [
          {
            id: 'cap1',
            name: 'Terminplanung',
            category: 'process',
            current: 2,
            target: 3,
            note: '',
          },
          {
            id: 'cap2',
            name: 'E-Bike-Diagnose',
            category: 'skill',
            current: 1,
            target: 5,
            note: 'Schulung nötig',
          },
        ],
      },
      culture: {
        status: 'done',
        answers: {},
        ratings: {
          p1: { mistakes: 2, recognition: 4 },
          p2: { mistakes: 4, recognition: 4 },
          p3: { mistakes: 3, recognition: null },
        },
        enps: { promoters: 6, passives: 3, detractors: 1 },
        careActions: [
          {
            id: 'ca1',
            audience: 'employees',
            pillar: 'recognize',
            text: 'Monatliches Dankeschön im Team',
          },
          {
            id: 'ca2',
            audience: 'customers',
            pillar: 'respond',
            text: 'Rückruf binnen 24 Stunden',
          },
        ],
      },
      execution: {
        status: 'in-progress',
        answers: { leads: 'Jede Initiative hat genau eine verantwortliche Person.' },
      },
    },
    parkingLot: [
      {
        id: 'pl1',
        text: 'Lastenräder vermieten?',
        stepId: 'services',
        triage: 'out-of-scope',
        initiativeId: null,
      },
      {
        id: 'pl2',
        text: 'Schneller zurückrufen',
        stepId: 'culture',
        triage: 'initiative',
        initiativeId: 'i1',
      },
    ],
  }
  return Project.parse(project)
}
