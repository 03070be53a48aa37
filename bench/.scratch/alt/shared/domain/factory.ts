import type { Language } from './schema/common'
import type { Criterion, Estimates, Initiative, Prioritisation } from './schema/prioritisation'
import type { Project } from './schema/project'
import type { ClvInputs, NpsCounts, Steps } from './schema/steps'
import type { Localized } from './localized'

const emptyAnswers = { status: 'not-started' as const, answers: {} }

/** NPS counts with nobody counted yet. */
export const EMPTY_NPS: NpsCounts = { promoters: 0, passives: 0, detractors: 0 }

/** CLV inputs with nothing entered yet. */
export const EMPTY_CLV: ClvInputs = {
  averagePurchaseValue: null,
  purchasesPerYear: null,
  lifespanYears: null,
  churnRatePercent: null,
  marginPercent: null,
}

/** Estimates with nothing entered yet. */
export const EMPTY_ESTIMATES: Estimates = {
  reach: null,
  impact: null,
  confidencePercent: null,
  effortMonths: null,
  iceImpact: null,
  iceConfidence: null,
  iceEase: null,
  businessValue: null,
  timeCriticality: null,
  riskReduction: null,
  jobSize: null,
  moscow: null,
}

/** Worksheets with nothing filled in. */
export function emptySteps(): Steps {
  return {
    vision: {
      ...emptyAnswers,
      statement: '',
      stakeholders: [],
      assumptions: [],
      communications: [],
    },
    segments: { ...emptyAnswers, segments: [] },
    services: { ...emptyAnswers, needs: [], services: [] },
    advantage: { ...emptyAnswers, competitors: [], attributes: [], returnReasons: [] },
    capabilities: { ...emptyAnswers, capabilities: [] },
    culture: { ...emptyAnswers, ratings: {}, enps: EMPTY_NPS, careActions: [] },
    execution: { ...emptyAnswers },
  }
}

const criterion = (
  id: string,
  name: Localized,
  description: Localized,
  direction: Criterion['direction'],
  language: Language,
): Criterion => ({
  id,
  name: name[language],
  description: description[language],
  weight: 1,
  direction,
  scale: '1-5',
})

/** The default criteria for loyalty initiatives, in the project's language. */
export function defaultCriteria(language: Language): Criterion[] {
  return [
    criterion(
      'loyalty',
      { de: 'Wirkung auf Kundenloyalität', en: 'Effect on customer loyalty' },
      {
        de: 'Wie stark stärkt die Initiative Wiederkauf, Weiterempfehlung und Bindung?',
        en: 'How much does it strengthen repeat purchase, recommendation and retention?',
      },
      'benefit',
      language,
    ),
    criterion(
      'vision-fit',
      { de: 'Passung zur Vision', en: 'Fit with the vision' },
      {
        de: 'Wie direkt zahlt sie auf die Vision ein?',
        en: 'How directly does it serve the vision?',
      },
      'benefit',
      language,
    ),
    criterion(
      'effort',
      { de: 'Aufwand', en: 'Effort' },
      { de: 'Wie viel Arbeit braucht sie?', en: 'How much work does it take?' },
      'cost',
      language,
    ),
    criterion(
      'cost',
      { de: 'Kosten', en: 'Cost' },
      { de: 'Wie viel Geld braucht sie?', en: 'How much money does it take?' },
      'cost',
      language,
    ),
    criterion(
      'risk',
      { de: 'Risiko', en: 'Risk' },
      {
        de: 'Wie wahrscheinlich scheitert sie oder schadet?',
        en: 'How likely is it to fail or do harm?',
      },
      'cost',
      language,
    ),
    criterion(
      'time-to-value',
      { de: 'Zeit bis zum Nutzen', en: 'Time to value' },
      { de: 'Wie lange dauert es, bis sie wirkt?', en: 'How long until it pays off?' },
      'cost',
      language,
    ),
  ]
}

/** Prioritisation settings for a new project: weighted scoring, mean, contested from a range of 3. */
export function defaultPrioritisation(): Prioritisation {
  return {
    framework: 'weighted',
    aggregation: 'mean',
    contestedRange: 3,
    iceCombination: 'product',
    matrix: {
      xCriterionId: 'effort',
      yCriterionId: 'loyalty',
      sizeCriterionId: 'vision-fit',
      quadrantLabels: { quickWins: '', majorProjects: '', fillIns: '', thanklessTasks: '' },
    },
    isRevealed: false,
    finishedParticipantIds: [],
  }
}

export interface NewProjectInput {
  readonly language: Language
  readonly title: string
  /** Today's date as `YYYY-MM-DD`, passed in so that shared/ stays free of the clock. */
  readonly date: string
}

/** A new, empty project with the default criteria. */
export function createProject({ language, title, date }: NewProjectInput): Project {
  return {
    meta: { title, organisation: '', facilitator: '', date, language, logo: null },
    participants: [],
    steps: emptySteps(),
    criteria: defaultCriteria(language),
    initiatives: [],
    prioritisation: defaultPrioritisation(),
    parkingLot: [],
  }
}

/** A new initiative with the given id and title, unrated. */
export function createInitiative(id: string, title: string): Initiative {
  return {
    id,
    title,
    description: '',
    status: 'new',
    owner: '',
    start: '',
    end: '',
    criticalIssues: '',
    communication: { audience: '', timing: '', channel: '' },
    links: [],
    estimates: EMPTY_ESTIMATES,
    ratings: {},
    earlierRounds: [],
  }
}
