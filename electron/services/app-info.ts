/** The product's name as files and the CLI show it. */
export const APP_NAME = 'Loyalty Workshop'

/** The app's version; a unit test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0'

/** What every saved file records in `savedWith`. */
export const SAVED_WITH = `${APP_NAME} ${APP_VERSION}`
