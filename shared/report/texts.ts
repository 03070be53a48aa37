import { GLOSSARY, type Language, type Localized } from '../domain'
import { ENUM_TEXTS } from './texts-enums'

/**
 * The document's own words in German and English. Domain words come from the GLOSSARY, so the
 * document says what the app says; step titles and questions come from STEP_DEFINITIONS.
 */
const g = GLOSSARY
const plural = (de: string, en: string): Localized => ({ de, en })

export const TEXTS = {
  documentSubtitle: { de: 'Strategie für Kundenloyalität', en: 'Customer loyalty strategy' },
  summarySubtitle: { de: 'Management-Zusammenfassung', en: 'Management summary' },
  untitled: { de: 'Ohne Titel', en: 'Untitled' },
  contents: { de: 'Inhalt', en: 'Contents' },
  page: { de: 'Seite', en: 'Page' },
  of: { de: 'von', en: 'of' },
  organisation: { de: 'Organisation', en: 'Organisation' },
  date: { de: 'Datum', en: 'Date' },
  facilitator: { de: 'Moderation', en: 'Facilitator' },
  participants: plural('Teilnehmende', 'Participants'),
  noParticipants: { de: 'Keine Teilnehmenden erfasst.', en: 'No participants entered.' },
  notAnswered: { de: 'Noch nicht beantwortet.', en: 'Not answered yet.' },
  nothingEntered: { de: 'Noch nichts erfasst.', en: 'Nothing entered yet.' },
  guidingQuestions: { de: 'Leitfragen', en: 'Guiding questions' },
  whyItMatters: { de: 'Warum es zählt', en: 'Why it matters' },
  status: { de: 'Status', en: 'Status' },
  name: { de: 'Name', en: 'Name' },
  role: { de: 'Rolle', en: 'Role' },
  yes: { de: 'ja', en: 'yes' },
  allSegments: { de: 'alle Kundensegmente', en: 'all segments' },

  summary: { de: 'Zusammenfassung', en: 'Executive summary' },
  visionStatement: { de: 'Vision', en: 'Vision statement' },
  noVision: { de: 'Noch keine Vision formuliert.', en: 'No vision statement yet.' },
  topInitiatives: { de: 'Die wichtigsten Initiativen', en: 'Top initiatives' },
  keyMetrics: { de: 'Kennzahlen der Loyalität', en: 'Key loyalty metrics' },
  mostValuableSegments: { de: 'Wertvollste Kundensegmente', en: 'Most valuable segments' },
  noMostValuable: {
    de: 'Kein Kundensegment als „wertvollstes“ markiert.',
    en: 'No segment is marked “most valuable”.',
  },
  npsOfSegments: { de: 'NPS (Kundensegmente)', en: 'NPS (segments)' },
  responses: { de: 'Antworten', en: 'responses' },

  stakeholders: plural('Interessengruppen', 'Stakeholders'),
  support: { de: 'Unterstützung', en: 'Support' },
  assumptions: {
    de: 'Annahmen über das künftige Umfeld',
    en: 'Assumptions about the future environment',
  },
  assumption: g.assumption,
  evidence: { de: 'Belege', en: 'Evidence' },
  confidence: { de: 'Sicherheit', en: 'Confidence' },
  communications: { de: 'Was und warum kommunizieren', en: 'Communicating the what and why' },
  audience: { de: 'Zielgruppe', en: 'Audience' },
  message: { de: 'Botschaft', en: 'Message' },
  channel: { de: 'Kanal', en: 'Channel' },

  segments: plural('Kundensegmente', 'Segments'),
  segment: g.segment,
  traits: { de: 'Merkmale', en: 'Traits' },
  size: { de: 'Größe', en: 'Size' },
  revenueShare: { de: 'Umsatzanteil', en: 'Share of revenue' },
  mostValuable: { de: 'Wertvollstes', en: 'Most valuable' },
  loyaltyEconomics: { de: 'Loyalitätsökonomie', en: 'Loyalty economics' },
  averagePurchase: { de: 'Ø Kaufwert', en: 'Avg. purchase' },
  purchasesPerYear: { de: 'Käufe/Jahr', en: 'Purchases/year' },
  lifespan: { de: 'Jahre', en: 'Years' },
  churn: { de: 'Abwanderung', en: 'Churn' },
  margin: { de: 'Marge', en: 'Margin' },
  clv: { de: 'Kundenwert (CLV)', en: 'Lifetime value (CLV)' },
  clvFormula: {
    de: 'CLV = Ø Kaufwert × Käufe pro Jahr × Kundenjahre × Marge. Ohne Kundenjahre gilt: Kundenjahre = 1 / Abwanderungsrate.',
    en: 'CLV = average purchase value × purchases per year × customer years × margin. Without customer years: years = 1 / churn rate.',
  },
  nps: { de: 'NPS', en: 'NPS' },
  npsFormula: {
    de: 'NPS = % Promotoren (9–10) – % Kritiker (0–6), von –100 bis +100.',
    en: 'NPS = % promoters (9–10) – % detractors (0–6), from –100 to +100.',
  },
  promoters: { de: 'Promotoren', en: 'Promoters' },
  passives: { de: 'Passive', en: 'Passives' },
  detractors: { de: 'Kritiker', en: 'Detractors' },

  needs: { de: 'Bedürfnisse je Kundensegment', en: 'Needs per segment' },
  need: g.need,
  needState: { de: 'Stand', en: 'State' },
  services: plural('Dienstleistungen', 'Services'),
  service: g.service,
  kind: { de: 'Art', en: 'Kind' },
  attributes: { de: 'Merkmale', en: 'Attributes' },
  grid: { de: 'Kundensegmente × Dienstleistungen', en: 'Segments × services' },
  gridNote: {
    de: 'Eine Zelle nennt die Bedürfnisse des Segments, die die Dienstleistung erfüllt; • heißt: Die Dienstleistung dient dem Segment ohne zugeordnetes Bedürfnis.',
    en: 'A cell names the segment’s needs that the service meets; • means the service serves the segment without a need assigned.',
  },
  unservedValuable: {
    de: 'Wertvolles Kundensegment ohne Dienstleistung',
    en: 'Most valuable segment without a service',
  },

  competitors: plural('Wettbewerber', 'Competitors'),
  comparison: {
    de: 'Vergleich aus Kundensicht (1 = schwach, 5 = stark)',
    en: 'Comparison through the customer’s eyes (1 = weak, 5 = strong)',
  },
  attribute: g.attribute,
  ours: { de: 'Wir', en: 'Us' },
  comparisonChart: { de: 'Merkmale im Vergleich', en: 'Attributes compared' },
  returnReasons: { de: 'Warum Kunden wiederkommen', en: 'Why customers come back' },

  capabilityGaps: {
    de: 'Fähigkeitslücken, größte zuerst',
    en: 'Capability gaps, largest first',
  },
  capability: g.capability,
  category: { de: 'Kategorie', en: 'Category' },
  current: { de: 'Ist', en: 'Current' },
  target: { de: 'Soll', en: 'Target' },
  gap: { de: 'Lücke', en: 'Gap' },
  remark: { de: 'Anmerkung', en: 'Note' },

  cultureProfile: { de: 'Kulturprofil (1–5)', en: 'Culture profile (1–5)' },
  cultureChart: { de: 'Kulturprofil der Gruppe', en: 'The group’s culture profile' },
  question: { de: 'Frage', en: 'Question' },
  mean: { de: 'Mittelwert', en: 'Mean' },
  median: { de: 'Median', en: 'Median' },
  sd: { de: 'Std.-Abw.', en: 'Std. dev.' },
  minMax: { de: 'Min–Max', en: 'Min–max' },
  ratingsCount: { de: 'Anzahl', en: 'Ratings' },
  enps: { de: 'eNPS (Mitarbeitende)', en: 'eNPS (employees)' },
  careEmployees: { de: 'CARE für Mitarbeitende', en: 'CARE for employees' },
  careCustomers: { de: 'CARE für Kunden', en: 'CARE for customers' },
  pillar: { de: 'Säule', en: 'Pillar' },
  action: g.careAction,

  matrix: { de: 'Prioritätenmatrix', en: 'Priority matrix' },
  ranking: { de: 'Rangfolge der Initiativen', en: 'Ranked initiatives' },
  rank: { de: 'Rang', en: 'Rank' },
  initiative: g.initiative,
  score: g.score,
  spread: { de: 'Streuung', en: 'Spread' },
  contested: g.contested,
  contestedInitiatives: { de: 'Umstrittene Initiativen', en: 'Contested initiatives' },
  noContested: {
    de: 'Keine Initiative ist umstritten: Die Bewertenden waren sich weitgehend einig.',
    en: 'No initiative is contested: the raters broadly agreed.',
  },
  revote: { de: 'Erneute Bewertung', en: 'Re-vote' },
  before: { de: 'vorher', en: 'before' },
  after: { de: 'nachher', en: 'after' },
  noRevote: { de: 'nicht erneut bewertet', en: 'not re-voted' },
  roadmap: g.roadmap,
  ownersAndDates: { de: 'Verantwortliche und Termine', en: 'Owners and dates' },
  owner: g.owner,
  start: { de: 'Beginn', en: 'Start' },
  end: { de: 'Ende', en: 'End' },
  period: { de: 'Zeitraum', en: 'Period' },
  criticalIssues: { de: 'Kritische Punkte', en: 'Critical issues' },
  communicationPlan: { de: 'Kommunikationsplan', en: 'Communication plan' },
  timing: { de: 'Zeitpunkt', en: 'When' },
  coverageGaps: { de: 'Abdeckungslücken', en: 'Coverage gaps' },
  coverageIntro: {
    de: 'Was in den Schritten 1–6 wichtig ist, aber von keiner Initiative bedient wird:',
    en: 'What matters in steps 1–6 but no initiative serves:',
  },
  noCoverageGaps: {
    de: 'Keine Lücken: Alles Wichtige wird von mindestens einer Initiative bedient.',
    en: 'No gaps: everything that matters is served by at least one initiative.',
  },
  noInitiatives: { de: 'Noch keine Initiativen erfasst.', en: 'No initiatives yet.' },
  noScores: { de: 'noch nicht bewertet', en: 'not scored yet' },
  moreInitiatives: {
    de: '{count} weitere Initiativen stehen in der vollständigen Rangfolge.',
    en: '{count} more initiatives are in the full ranking.',
  },
  rankedBy: { de: 'Rangfolge nach: {framework}.', en: 'Ranked by: {framework}.' },
  spreadNote: {
    de: 'Streuung: Standardabweichung der Bewertungen der einzelnen Teilnehmenden, in Klammern der kleinste und der größte Wert.',
    en: 'Spread: standard deviation of the individual participants’ scores, with the lowest and highest in brackets.',
  },
  contestedRule: {
    de: 'Umstritten heißt: Bei mindestens einem Kriterium liegen die Bewertungen {range} oder mehr Punkte auseinander (auf der Skala 1–5, andere Skalen entsprechend). Ein Mittelwert aus 1 und 5 ist kein Konsens auf 3.',
    en: 'Contested means: on at least one criterion the ratings lie {range} or more points apart (on the 1–5 scale, other scales in proportion). An average of 1 and 5 is no consensus on 3.',
  },
  contestedCriteria: { de: 'Umstrittene Kriterien', en: 'Contested criteria' },
  nowAgreed: { de: 'jetzt einig', en: 'now agreed' },
  stillContested: { de: 'weiter umstritten', en: 'still contested' },
  round: { de: 'Runde', en: 'round' },
  scoreMoved: { de: 'Bewertung {before} auf {after}', en: 'score {before} to {after}' },
  raterCount: {
    de: '{count} Teilnehmende haben bewertet.',
    en: '{count} participants rated.',
  },
  noCommunication: {
    de: 'Für keine Initiative ist festgelegt, wie über den Fortschritt berichtet wird.',
    en: 'No initiative says yet how progress will be communicated.',
  },
  noDates: { de: 'Keine Initiative hat Termine.', en: 'No initiative has dates yet.' },
  noMatrix: {
    de: 'Die Matrix erscheint, sobald Initiativen auf den beiden Achsenkriterien bewertet sind.',
    en: 'The matrix appears once initiatives are rated on both axis criteria.',
  },

  matrixDescription: {
    de: 'Initiativen nach Aufwand (waagerecht) und Wirkung (senkrecht) in vier Feldern; Striche zeigen die niedrigste bis höchste Bewertung.',
    en: 'Initiatives by effort (across) and impact (up) in four quadrants; whiskers show the lowest to highest rating.',
  },
  spreadLegend: {
    de: 'Striche: niedrigste bis höchste Bewertung',
    en: 'Whiskers: lowest to highest rating',
  },
  sizeLegend: { de: 'Blasengröße: {criterion}', en: 'Bubble size: {criterion}' },
  rangeLegend: { de: 'niedrigste bis höchste Bewertung', en: 'lowest to highest rating' },
  noRatings: { de: 'noch keine Bewertungen', en: 'no ratings yet' },
  notRated: { de: 'nicht bewertet', en: 'not rated' },
  cultureDescription: {
    de: 'Mittelwert und Spannweite der Bewertungen je Frage auf der Skala 1–5.',
    en: 'Mean and range of the ratings per question on the 1–5 scale.',
  },
  competitorDescription: {
    de: 'Merkmale aus Kundensicht: wir und die Wettbewerber auf der Skala 1–5.',
    en: 'Attributes through the customer’s eyes: us and the competitors on the 1–5 scale.',
  },
  roadmapDescription: {
    de: 'Initiativen als Balken von Beginn bis Ende, je verantwortlicher Person.',
    en: 'Initiatives as bars from start to end, by owner.',
  },
  matrixTop: {
    de: 'Prioritätenmatrix der {count} am höchsten eingestuften Initiativen; alle stehen in der Rangfolge.',
    en: 'Priority matrix of the {count} highest-ranked initiatives; all are in the ranking.',
  },
  roadmapTop: {
    de: 'Roadmap der {count} am höchsten eingestuften Initiativen; ihre Termine stehen in der Tabelle.',
    en: 'Roadmap of the {count} highest-ranked initiatives; their dates are in the table.',
  },
  detailTop: {
    de: 'Gezeigt sind die {shown} am höchsten eingestuften von {count} Initiativen. Alle Initiativen stehen mit Rang und Status unter „{ranking}“, umstrittene dort markiert.',
    en: 'Showing the {shown} highest-ranked of {count} initiatives. Every initiative is listed with its rank and status under “{ranking}”, contested ones marked there.',
  },
  overlapLegend: {
    de: 'Überschneidungen bei derselben Person',
    en: 'Overlaps for the same owner',
  },
  undatedLegend: { de: 'Ohne Termine:', en: 'Without dates:' },
  noOwner: { de: 'ohne Verantwortliche', en: 'no owner' },

  parkingLot: { de: 'Anhang A: Themenspeicher', en: 'Appendix A: Parking lot' },
  idea: { de: 'Idee', en: 'Idea' },
  fromStep: g.step,
  triage: { de: 'Ergebnis', en: 'Triage' },
  method: { de: 'Anhang B: Methode', en: 'Appendix B: Method' },
  framework: { de: 'Verfahren', en: 'Framework' },
  formula: { de: 'Formel', en: 'Formula' },
  criteria: plural('Kriterien', 'Criteria'),
  criterion: g.criterion,
  direction: { de: 'Richtung', en: 'Direction' },
  scale: { de: 'Skala', en: 'Scale' },
  weight: g.weight,
  normalisedWeight: { de: 'Anteil', en: 'Share' },
  aggregation: { de: 'Zusammenführung der Bewertungen', en: 'How raters were combined' },
  raters: { de: 'Bewertende', en: 'Raters' },
} as const satisfies Record<string, Localized>

type EnumTexts = typeof ENUM_TEXTS
export type ReportTexts = { readonly [K in keyof typeof TEXTS]: string } & {
  readonly [E in keyof EnumTexts]: { readonly [V in keyof EnumTexts[E]]: string }
}

function localiseRecord<T extends Record<string, Localized>>(
  record: T,
  language: Language,
): { [K in keyof T]: string } {
  const entries = Object.entries(record).map(([key, text]) => [key, text[language]])
  return Object.fromEntries(entries) as { [K in keyof T]: string }
}

/** Fills `{name}` placeholders of a text. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
}

/** All of the document's words in one language. */
export function reportTexts(language: Language): ReportTexts {
  const enums = Object.fromEntries(
    Object.entries(ENUM_TEXTS).map(([key, values]) => [key, localiseRecord(values, language)]),
  )
  return { ...localiseRecord(TEXTS, language), ...enums } as ReportTexts
}
