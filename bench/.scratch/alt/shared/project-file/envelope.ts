import type { Project } from '../domain'

/** The `format` field every project file carries, so that other JSON files are recognised as such. */
export const PROJECT_FILE_FORMAT = 'loyalty-workshop'

/** The schema version this build writes, and the newest it reads. */
export const CURRENT_SCHEMA_VERSION = 1

/** The default size limit of a project file: generous for 2,000 initiatives, small enough to refuse junk. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** The suffix of project files, also used for the file association. */
export const PROJECT_FILE_SUFFIX = '.loyalty.json'

/** What a project file holds: the project wrapped with what is needed to read it safely. */
export interface ProjectEnvelope {
  readonly format: typeof PROJECT_FILE_FORMAT
  readonly schemaVersion: number
  /** The app and version that wrote the file, e.g. `Loyalty Workshop 0.1.0`; for support only. */
  readonly savedWith: string
  readonly project: Project
}

/** Wraps a project in the envelope of the current schema version. */
export function createEnvelope(project: Project, savedWith: string): ProjectEnvelope {
  return {
    format: PROJECT_FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    savedWith,
    project,
  }
}
