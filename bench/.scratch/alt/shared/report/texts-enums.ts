import { GLOSSARY } from '../domain'
import type {
  Aggregation,
  Assumption,
  Capability,
  CareAction,
  CriterionDirection,
  CriterionScale,
  Framework,
  InitiativeStatus,
  Localized,
  Need,
  ParkingLotTriage,
  Service,
  Stakeholder,
  StepStatus,
} from '../domain'

type Names<T extends string> = Readonly<Record<T, Localized>>

/** The document's words for each value of the project's enumerations, in both languages. */
export const ENUM_TEXTS = {
  supportLevel: {
    champion: { de: 'treibt voran', en: 'champion' },
    supporter: { de: 'unterstützt', en: 'supporter' },
    neutral: { de: 'neutral', en: 'neutral' },
    sceptic: { de: 'skeptisch', en: 'sceptic' },
    opponent: { de: 'dagegen', en: 'opponent' },
  } satisfies Names<Stakeholder['support']>,
  confidenceLevel: {
    low: { de: 'gering', en: 'low' },
    medium: { de: 'mittel', en: 'medium' },
    high: { de: 'hoch', en: 'high' },
  } satisfies Names<Assumption['confidence']>,
  stepStatus: {
    'not-started': { de: 'nicht begonnen', en: 'not started' },
    'in-progress': { de: 'in Arbeit', en: 'in progress' },
    done: { de: 'erledigt', en: 'done' },
  } satisfies Names<StepStatus>,
  needStateValue: {
    met: { de: 'erfüllt', en: 'met' },
    investigate: { de: 'zu untersuchen', en: 'to investigate' },
  } satisfies Names<Need['state']>,
  serviceKind: {
    existing: { de: 'bestehend', en: 'existing' },
    changed: { de: 'geändert', en: 'changed' },
    new: { de: 'neu', en: 'new' },
  } satisfies Names<Service['kind']>,
  capabilityCategory: {
    process: { de: 'Prozess', en: 'Process' },
    skill: { de: 'Fertigkeit', en: 'Skill' },
    equipment: { de: 'Ausstattung', en: 'Equipment' },
    facility: { de: 'Einrichtung', en: 'Facility' },
  } satisfies Names<Capability['category']>,
  careAudience: {
    employees: { de: 'Mitarbeitende', en: 'Employees' },
    customers: { de: 'Kunden', en: 'Customers' },
  } satisfies Names<CareAction['audience']>,
  /** CARE's pillars keep their English names in both languages, as the method is known by them. */
  carePillar: {
    communicate: { de: 'Communicate (kommunizieren)', en: 'Communicate' },
    appreciate: { de: 'Appreciate (wertschätzen)', en: 'Appreciate' },
    recognize: { de: 'Recognize (anerkennen)', en: 'Recognize' },
    empower: { de: 'Empower (befähigen)', en: 'Empower' },
    acknowledge: { de: 'Acknowledge (wahrnehmen)', en: 'Acknowledge' },
    respond: { de: 'Respond (reagieren)', en: 'Respond' },
    enrich: { de: 'Enrich (bereichern)', en: 'Enrich' },
  } satisfies Names<CareAction['pillar']>,
  initiativeStatus: {
    running: { de: 'läuft', en: 'running' },
    rescope: { de: 'neu ausrichten', en: 're-scope' },
    new: { de: 'neu', en: 'new' },
  } satisfies Names<InitiativeStatus>,
  triageValue: {
    open: { de: 'offen', en: 'open' },
    answered: { de: 'beantwortet', en: 'answered' },
    initiative: { de: 'wird Initiative', en: 'becomes an initiative' },
    'out-of-scope': { de: 'außerhalb des Rahmens', en: 'out of scope' },
  } satisfies Names<ParkingLotTriage>,
  directionValue: {
    benefit: { de: 'Nutzen (höher ist besser)', en: 'benefit (higher is better)' },
    cost: { de: 'Kosten (zählt umgekehrt)', en: 'cost (counts inverted)' },
  } satisfies Names<CriterionDirection>,
  scaleValue: {
    '1-5': { de: '1–5', en: '1–5' },
    '1-10': { de: '1–10', en: '1–10' },
    fibonacci: { de: 'Fibonacci (1, 2, 3, 5, 8, 13, 20)', en: 'Fibonacci (1, 2, 3, 5, 8, 13, 20)' },
  } satisfies Names<CriterionScale>,
  frameworkName: {
    weighted: { de: 'Gewichtete Bewertung', en: 'Weighted scoring' },
    'impact-effort': { de: 'Wirkung-Aufwand-Matrix (2×2)', en: 'Impact/effort matrix (2×2)' },
    rice: { de: 'RICE', en: 'RICE' },
    ice: { de: 'ICE', en: 'ICE' },
    wsjf: { de: 'WSJF (Weighted Shortest Job First)', en: 'WSJF (weighted shortest job first)' },
    moscow: { de: 'MoSCoW', en: 'MoSCoW' },
  } satisfies Names<Framework>,
  frameworkFormula: {
    weighted: {
      de: 'Bewertung = Summe über alle Kriterien von (Anteil der Gewichtung × Wert); Kostenkriterien zählen umgekehrt. Die Gewichtungen werden auf 1 normiert; die Bewertung ist absolut, nicht relativ zu anderen Initiativen.',
      en: 'Score = sum over all criteria of (share of weight × rating); cost criteria count inverted. Weights are normalised to 1; the score is absolute, not relative to other initiatives.',
    },
    'impact-effort': {
      de: `Zwei getrennte Achsen, Wirkung und Aufwand, teilen die Initiativen in vier Felder: ${GLOSSARY.quickWins.de} (hohe Wirkung, wenig Aufwand), ${GLOSSARY.majorProjects.de}, ${GLOSSARY.fillIns.de} und ${GLOSSARY.thanklessTasks.de}.`,
      en: `Two separate axes, impact and effort, divide the initiatives into four quadrants: ${GLOSSARY.quickWins.en} (high impact, low effort), ${GLOSSARY.majorProjects.en}, ${GLOSSARY.fillIns.en} and ${GLOSSARY.thanklessTasks.en}.`,
    },
    rice: {
      de: 'RICE = Reichweite × Wirkung (3 / 2 / 1 / 0,5 / 0,25) × Zuversicht (100 / 80 / 50 %) / Aufwand in Personenmonaten.',
      en: 'RICE = reach × impact (3 / 2 / 1 / 0.5 / 0.25) × confidence (100 / 80 / 50%) / effort in person-months.',
    },
    ice: {
      de: 'ICE aus Wirkung, Zuversicht und Leichtigkeit, je 1–10.',
      en: 'ICE from impact, confidence and ease, each 1–10.',
    },
    wsjf: {
      de: 'WSJF = Verzögerungskosten / Umfang; Verzögerungskosten = Geschäftswert + Zeitkritikalität + Risikominderung, jeweils auf 1, 2, 3, 5, 8, 13, 20.',
      en: 'WSJF = cost of delay / job size; cost of delay = business value + time criticality + risk reduction, each on 1, 2, 3, 5, 8, 13, 20.',
    },
    moscow: {
      de: 'MoSCoW ordnet nach Must (muss), Should (sollte), Could (könnte) und Won’t (diesmal nicht).',
      en: 'MoSCoW orders by must, should, could and won’t (this time).',
    },
  } satisfies Names<Framework>,
  aggregationValue: {
    mean: {
      de: 'Die Bewertungen der Teilnehmenden werden je Kriterium gemittelt (arithmetisches Mittel).',
      en: 'Participants’ ratings are averaged per criterion (arithmetic mean).',
    },
    median: {
      de: 'Je Kriterium zählt der Median der Bewertungen der Teilnehmenden.',
      en: 'Per criterion, the median of the participants’ ratings counts.',
    },
  } satisfies Names<Aggregation>,
  iceCombination: {
    product: {
      de: 'ICE = Wirkung × Zuversicht × Leichtigkeit.',
      en: 'ICE = impact × confidence × ease.',
    },
    mean: {
      de: 'ICE = (Wirkung + Zuversicht + Leichtigkeit) / 3.',
      en: 'ICE = (impact + confidence + ease) / 3.',
    },
  } satisfies Names<'product' | 'mean'>,
} as const
