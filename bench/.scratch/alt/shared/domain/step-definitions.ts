import type { StepId } from './schema/common'
import type { Localized } from './localized'

export interface GuidingQuestion {
  readonly id: string
  readonly text: Localized
}

export interface StepDefinition {
  readonly id: StepId
  readonly number: number
  readonly title: Localized
  readonly purpose: Localized
  /** Why the step matters for loyalty, in a sentence or two. */
  readonly whyItMatters: Localized
  readonly questions: readonly GuidingQuestion[]
}

const q = (id: string, de: string, en: string): GuidingQuestion => ({ id, text: { de, en } })

/** The seven steps of the loyalty workshop, as data: the single source for UI, documents and tests. */
export const STEP_DEFINITIONS: readonly StepDefinition[] = [
  {
    id: 'vision',
    number: 1,
    title: { de: 'Vision: Fokus und Richtung', en: 'Vision: focus and direction' },
    purpose: {
      de: 'Eine klare, überzeugende Vision lenkt das Verhalten und gibt allen die Richtung vor.',
      en: 'A clear, compelling vision steers behaviour and gives everyone a direction.',
    },
    whyItMatters: {
      de: 'Zufriedenheit entsteht in einer einzelnen Begegnung, Loyalität in einer Beziehung über die Zeit. Eine Beziehung braucht eine Richtung, die alle kennen.',
      en: 'Satisfaction comes from a single interaction; loyalty from a relationship over time. A relationship needs a direction that everyone knows.',
    },
    questions: [
      q(
        'understood',
        'Verstehen alle die Vision bis hin zur Frage „Was bedeutet das für mich?“',
        'Does everyone understand the vision, down to “what does this mean for me”?',
      ),
      q(
        'backed',
        'Stehen die wichtigsten Interessengruppen hinter der Vision?',
        'Do the key stakeholders back the vision?',
      ),
      q(
        'assumptions',
        'Beruht die Vision auf dokumentierten Annahmen über das künftige Umfeld?',
        'Does the vision rest on documented assumptions about the future environment?',
      ),
      q(
        'communicated',
        'Wissen Ihre Kunden, was die Vision ist und warum?',
        'Have your customers been told what the vision is and why?',
      ),
    ],
  },
  {
    id: 'segments',
    number: 2,
    title: { de: 'Kundensegmente: gemeinsame Merkmale', en: 'Customer segments: shared traits' },
    purpose: {
      de: 'Wer die gemeinsamen Merkmale der wertvollsten Kunden kennt, kann ihre Bedürfnisse gezielt erfüllen.',
      en: 'Knowing the shared traits of your most valuable customers lets you meet their needs deliberately.',
    },
    whyItMatters: {
      de: 'Loyalität zahlt sich über den Kundenwert (CLV) und die Weiterempfehlung (NPS) aus. Beides unterscheidet sich stark zwischen den Segmenten.',
      en: 'Loyalty pays off through customer lifetime value (CLV) and recommendation (NPS). Both differ widely between segments.',
    },
    questions: [
      q('alike', 'Wie ähnlich sind sich Ihre Kunden?', 'How alike are your customers?'),
      q(
        'valuable-traits',
        'Welche Merkmale zeichnen Ihre wertvollsten Kunden aus?',
        'Which traits mark your most valuable customers?',
      ),
      q(
        'grouping',
        'Wie lassen sich Ihre Kunden am besten gruppieren?',
        'How are your customers best grouped?',
      ),
    ],
  },
  {
    id: 'services',
    number: 3,
    title: { de: 'Dienstleistungsangebot nach Bedürfnissen', en: 'Service offer built on needs' },
    purpose: {
      de: 'Dienstleistungen sind bestehend, geändert oder neu und gelten für ein Segment oder segmentübergreifend.',
      en: 'Services are existing, changed or new, and serve one segment or several.',
    },
    whyItMatters: {
      de: 'Rabattprogramme binden Kunden an das Angebot, nicht an die Marke. Bindung entsteht, wo Leistungen echte Bedürfnisse treffen.',
      en: 'Discount schemes bind customers to the offer, not the brand. Loyalty grows where services meet real needs.',
    },
    questions: [
      q(
        'basic-needs',
        'Welche grundlegenden Bedürfnisse und Wünsche werden Sie erfüllen?',
        'Which basic needs and wants will you meet?',
      ),
      q(
        'needs-to-investigate',
        'Welche Bedürfnisse müssen Sie noch untersuchen?',
        'Which needs do you still have to investigate?',
      ),
      q(
        'attributes',
        'Welche Merkmale beschreiben alle Ihre Dienstleistungen?',
        'Which attributes describe all of your services?',
      ),
    ],
  },
  {
    id: 'advantage',
    number: 4,
    title: {
      de: 'Wettbewerbsvorteil aus Kundensicht',
      en: 'Competitive advantage through the customer’s eyes',
    },
    purpose: {
      de: 'Verstehen Sie Ihren Vorteil so, wie Kunden ihn im Vergleich zum Wettbewerb sehen.',
      en: 'Understand your advantage the way customers see it, compared with your competitors.',
    },
    whyItMatters: {
      de: 'Zufriedene Kunden wechseln, sobald es anderswo besser oder günstiger ist. Begeisterte Kunden kommen wieder und empfehlen Sie weiter.',
      en: 'Satisfied customers leave as soon as something better or cheaper comes along. Delighted customers return and recommend you.',
    },
    questions: [
      q(
        'differentiators',
        'Welche Unterscheidungsmerkmale gibt es in Ihrem Markt?',
        'Which differentiators exist in your field?',
      ),
      q(
        'competitors',
        'Wen sehen Sie als Ihre Wettbewerber?',
        'Whom do you see as your competitors?',
      ),
      q(
        'pros-cons',
        'Was sind Ihre Vor- und Nachteile aus Sicht der Kunden?',
        'What are your advantages and disadvantages from the customer’s view?',
      ),
      q(
        'come-back',
        'Was bringt Ihre Kunden dazu, immer wiederzukommen?',
        'What brings your customers back again and again?',
      ),
    ],
  },
  {
    id: 'capabilities',
    number: 5,
    title: { de: 'Fähigkeiten aufbauen', en: 'Build capabilities' },
    purpose: {
      de: 'Schließen Sie Lücken in Prozessen, Fertigkeiten, Ausstattung und Einrichtungen, auf die Ihr Vorteil angewiesen ist.',
      en: 'Close gaps in processes, skills, equipment and facilities that your advantage depends on.',
    },
    whyItMatters: {
      de: 'Schnelle Erfolge mit den vorhandenen Mitteln (Ergebnisse in 30 Tagen) schlagen lange Plattformauswahlen. Entfernen Sie die „Autsch“-Momente, gestalten Sie die „Wow“-Momente.',
      en: 'Quick wins with the tools at hand (results within 30 days) beat long platform selections. Remove the “ow” moments and design the “WOW” ones.',
    },
    questions: [
      q(
        'infrastructure',
        'Welche Infrastruktur brauchen Sie, um die Vision umzusetzen?',
        'What infrastructure do you need to realise the vision?',
      ),
      q(
        'new',
        'Welche neuen Fähigkeiten werden Sie brauchen?',
        'Which new capabilities will you need?',
      ),
      q(
        'improve',
        'Welche Fähigkeiten müssen Sie verbessern?',
        'Which capabilities do you have to improve?',
      ),
      q(
        'skills',
        'Welche Fertigkeiten und Kenntnisse stützen Ihren Wettbewerbsvorteil?',
        'Which skills and knowledge will support your competitive advantage?',
      ),
    ],
  },
  {
    id: 'culture',
    number: 6,
    title: {
      de: 'Kultur des Vertrauens und der Wertschätzung',
      en: 'A culture of trust and appreciation',
    },
    purpose: {
      de: 'Kultur beginnt mit dem Verhalten der Führung. Zufriedene, loyale Mitarbeitende und Kunden gehen Hand in Hand.',
      en: 'Culture starts with how leaders behave. Satisfied, loyal employees and customers go together.',
    },
    whyItMatters: {
      de: 'Engagierte Mitarbeitende schaffen loyale Kunden. CARE für Mitarbeitende: Communicate, Appreciate, Recognize, Empower; für Kunden: Communicate, Acknowledge, Respond, Enrich.',
      en: 'Engaged employees create loyal customers. CARE for employees: Communicate, Appreciate, Recognize, Empower; for customers: Communicate, Acknowledge, Respond, Enrich.',
    },
    questions: [
      q(
        'mistakes',
        'In welchem Maße toleriert die Führung Fehler?',
        'To what extent does leadership tolerate mistakes?',
      ),
      q(
        'recognition',
        'In welchem Maße belohnt und anerkennt die Führung hervorragende Arbeit?',
        'To what extent does leadership reward and recognise excellent work?',
      ),
      q(
        'employee-trust',
        'In welchem Maße vertrauen die Mitarbeitenden dem Management?',
        'To what extent do employees trust management?',
      ),
      q(
        'employee-valued',
        'In welchem Maße fühlen sich die Mitarbeitenden geschätzt?',
        'To what extent do employees feel valued?',
      ),
      q(
        'customer-trust',
        'In welchem Maße vertrauen Ihnen Ihre Kunden?',
        'To what extent do your customers trust you?',
      ),
      q(
        'customer-valued',
        'In welchem Maße fühlen sich Ihre Kunden geschätzt?',
        'To what extent do your customers feel valued?',
      ),
    ],
  },
  {
    id: 'execution',
    number: 7,
    title: { de: 'Die Vision fehlerfrei umsetzen', en: 'Execute the vision flawlessly' },
    purpose: {
      de: 'Ermitteln und priorisieren Sie die wichtigsten Initiativen: laufende, neu auszurichtende und neue.',
      en: 'Identify and prioritise the key initiatives: those running, those to re-scope and new ones.',
    },
    whyItMatters: {
      de: 'Loyalität braucht Zeit und Einsatz. Sie beginnt mit einer klaren, kundenorientierten Vision und ihrer konsequenten Umsetzung mit allen wichtigen Beteiligten.',
      en: 'Loyalty takes time and effort. It starts with a clear, customer-centred vision and its flawless execution with all key stakeholders committed.',
    },
    questions: [
      q(
        'ability',
        'Wie gut können Sie Initiativen starten und umsetzen?',
        'How well are you able to launch and carry out initiatives?',
      ),
      q(
        'prioritise',
        'Wie priorisieren Sie die Initiativen?',
        'How will you prioritise the initiatives?',
      ),
      q(
        'timing',
        'Wann beginnt und endet jede Initiative?',
        'When does each initiative start and end?',
      ),
      q('leads', 'Wer leitet welche Initiative?', 'Who leads each initiative?'),
      q(
        'critical-issues',
        'Wie gehen Sie mit kritischen Problemen um?',
        'How will you handle critical issues?',
      ),
      q('progress', 'Wie kommunizieren Sie den Fortschritt?', 'How will you communicate progress?'),
    ],
  },
]

/** The definition of one step. */
export function stepDefinition(id: StepId): StepDefinition {
  const definition = STEP_DEFINITIONS.find((step) => step.id === id)
  if (!definition) throw new Error(`Unknown step ${id}`)
  return definition
}

/** The culture questions, which participants also rate on a 1-5 scale. */
export const CULTURE_QUESTIONS = stepDefinition('culture').questions
