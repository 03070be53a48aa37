import { de } from './de'
import { en } from './en'

/** The 'prioritisation' namespace: initiatives, scoring, matrix, ranking, roadmap, coverage. */
export default { de, en }
