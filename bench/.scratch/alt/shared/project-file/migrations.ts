/**
 * One step of the file format: turns the project of schema version n into version n + 1. It gets
 * the raw parsed data (not yet validated) and returns new data without changing its input.
 * Once shipped, a migration is never edited; a later fix is a new migration.
 */
export type Migration = (project: unknown) => unknown

/**
 * The migrations of the project file, in order: `MIGRATIONS[0]` turns schema 1 into 2, and so on.
 * Schema 1 is the first, so there are none yet.
 */
export const MIGRATIONS: readonly Migration[] = []

/** The schema version that a list of migrations leads to. */
export function targetVersion(migrations: readonly Migration[]): number {
  return migrations.length + 1
}

/** Data with the schema version it was written in. */
export interface Versioned {
  readonly schemaVersion: number
  readonly project: unknown
}

/**
 * Brings data of an older schema version up to the newest the migrations know, one step at a
 * time. The list is a parameter so that the mechanism can be tested with made-up migrations.
 */
export function migrate<T extends Versioned>(
  data: T,
  migrations: readonly Migration[] = MIGRATIONS,
): T {
  let project = data.project
  for (let version = data.schemaVersion; version < targetVersion(migrations); version++) {
    const step = migrations[version - 1]
    if (step === undefined) throw new RangeError(`No migration from schema ${version}`)
    project = step(project)
  }
  return { ...data, schemaVersion: targetVersion(migrations), project }
}
