import type { Random } from './random'

/** Word lists for synthetic workshops: a fictional outdoor retailer and its leadership team. */

export const FIRST_NAMES = [
  'Anna',
  'Jürgen',
  'Fatma',
  'Luca',
  'Sophie',
  'Mehmet',
  'Clara',
  'Jonas',
  'Amélie',
  'Tobias',
  'Zoë',
  'Henrik',
  'Leonie',
  'Björn',
  'Ines',
  'Malte',
  'Özlem',
  'David',
  'Greta',
  'Kwame',
  'Marta',
  'Noah',
  'Søren',
  'Paula',
  'Yusuf',
  'Elif',
  'Rafael',
  'Hannah',
  'Till',
  'Mira',
] as const

export const LAST_NAMES = [
  'Weiß',
  'Brenner',
  'Yılmaz',
  'Hößl',
  'Straßer',
  'Novak',
  'Okafor',
  'Lindqvist',
  'Schäfer',
  'Moreau',
  'Kowalski',
  'Fischer',
  'Dąbrowska',
  'Petersen',
  'Rossi',
  'Müller',
  'Haddad',
  'Berg',
] as const

export const ROLES = [
  'Managing director',
  'Head of sales',
  'Head of service',
  'Head of marketing',
  'CFO',
  'Head of HR',
  'Store manager',
  'Head of e-commerce',
  'Head of customer care',
  'COO',
  'Works council',
  'Head of purchasing',
  'Product owner',
  'Regional manager',
  'Data analyst',
] as const

const ACTIONS = [
  'Launch',
  'Pilot',
  'Redesign',
  'Automate',
  'Extend',
  'Simplify',
  'Personalise',
  'Bundle',
  'Train staff for',
  'Measure',
  'Introduce',
  'Rethink',
  'Digitise',
  'Scale up',
  'Consolidate',
] as const

const OBJECTS = [
  'member app for regular customers',
  'repair booking with SMS status',
  'same-day click & collect',
  'loyalty tiers based on advocacy',
  'workshop for first-time hikers',
  'NPS follow-up calls',
  'trade-in programme for used gear',
  'rental service for tents and skis',
  'store events with clubs',
  'complaint handling within 24 hours',
  'personal fitting appointments',
  'birthday surprises',
  'newsletter with route tips',
  'employee recognition scheme',
  'service level for B2B clubs',
  'guarantee on repairs',
  'community routes on the website',
  'onboarding for seasonal staff',
  'price match without discussion',
  'après-ski customer evenings',
] as const

const CHANNELS = [
  'Team meeting',
  'Intranet',
  'Newsletter',
  'Store notice board',
  'Town hall',
] as const
const TIMINGS = [
  'Monthly',
  'Every two weeks',
  'At each milestone',
  'Quarterly',
  'Weekly stand-up',
] as const
const AUDIENCES = [
  'Store teams',
  'Workshop staff',
  'Board',
  'All employees',
  'Key customers',
] as const

const SENTENCES = [
  'Most of the room agreed, but the service teams see it differently.',
  'We have evidence from the last two customer surveys and from complaint logs.',
  'The regional managers will check this with their teams before the next workshop.',
  'Customers tell us they come back because the staff know the products – not because of discounts.',
  'This only works if the workshop capacity grows with demand; otherwise we promise too much.',
  'We agreed to measure it with NPS per store and with the repeat-purchase rate.',
  'Nobody could say what this means for a seasonal employee on a busy Saturday.',
  'The „wow“ moments are personal: a call after the repair, a tip for the next tour.',
  'Budget is limited this year, so quick wins with existing tools come first.',
  'The works council wants to be involved before anything changes in shift planning.',
  'Competitors are cheaper online, but nobody else offers fitting and repair in one place.',
  'We will revisit this after the pilot in two stores, in about 30 days.',
] as const

/** A person's full name. */
export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
}

/** A paragraph of a few sentences, like an answer written down in the room. */
export function paragraph(random: Random, sentences = random.int(2, 4)): string {
  return Array.from({ length: sentences }, () => random.pick(SENTENCES)).join(' ')
}

/**
 * Distinct initiative titles: every action x object pair once, in a shuffled order; beyond those
 * 300, the pairs come again as later phases.
 */
export function initiativeTitles(random: Random, count: number): string[] {
  const pairs = ACTIONS.flatMap((action) => OBJECTS.map((object) => `${action} ${object}`))
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[pairs[i], pairs[j]] = [pairs[j] as string, pairs[i] as string]
  }
  return Array.from({ length: count }, (_, i) => {
    const phase = Math.floor(i / pairs.length)
    const title = pairs[i % pairs.length] as string
    return phase === 0 ? title : `${title} – phase ${String(phase + 1)}`
  })
}

/** How progress on an initiative is communicated. */
export function progressCommunication(random: Random) {
  return {
    audience: random.pick(AUDIENCES),
    timing: random.pick(TIMINGS),
    channel: random.pick(CHANNELS),
  }
}
