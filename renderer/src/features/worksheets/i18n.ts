import { de } from './i18n-de'
import { en } from './i18n-en'

/** The 'worksheets' namespace: the seven worksheets, the step timer and the parking lot. */
export default { de, en }
