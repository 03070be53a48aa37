import type { z } from 'zod'
import { Project } from '../domain'
import { DEFAULT_MAX_BYTES, PROJECT_FILE_FORMAT } from './envelope'
import { failure, formatPath, type ProjectFileError, type Stage } from './errors'
import { readJson } from './json-text'
import { MIGRATIONS, migrate, targetVersion, type Migration } from './migrations'

export interface LoadOptions {
  /** Larger files are refused; DEFAULT_MAX_BYTES unless given. */
  readonly maxBytes?: number
  /** The migrations to apply; the real list unless a test gives its own. */
  readonly migrations?: readonly Migration[]
}

/** A project read from a file, or why it could not be read. */
export type LoadResult =
  | {
      readonly ok: true
      readonly project: Project
      /** The schema version the file was written in; older than current when it was migrated. */
      readonly fileSchemaVersion: number
      /** The app that wrote the file, as it says; empty when it does not say. */
      readonly savedWith: string
    }
  | { readonly ok: false; readonly error: ProjectFileError }

const MAX_LISTED_PROBLEMS = 3

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A zod issue in plain words; a union (such as "a date or empty") reports its closest branch. */
function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a))
    const [first] = closest.length > 0 ? [...closest].reverse() : []
    if (first !== undefined) {
      const inner = describeIssue(first)
      return { path: [...issue.path, ...inner.path], message: inner.message }
    }
  }
  return { path: issue.path, message: issue.message }
}

/** Names the first bad fields of a project, e.g. `initiatives[3].start: Invalid ISO date`. */
function describeSchemaErrors(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const { path, message } = describeIssue(issue)
    return `${formatPath(path)}: ${message}`
  })
  const more = issues.length - listed.length
  const rest = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''
  return `The file is a Loyalty Workshop project, but some of its data is invalid: ${listed.join('; ')}${rest}. It may have been edited by hand or damaged.`
}

function readSchemaVersion(data: Record<string, unknown>): Stage<number> {
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure(
      'INVALID_PROJECT',
      'The project file has no valid schema version, so it cannot be read safely.',
    )
  }
  return { ok: true, value: version }
}

/**
 * The stages after parsing: format check, refusal of a newer schema version, migrations and
 * validation. Used for project files and for the project inside a recovery draft.
 */
export function projectFromData(data: unknown, options: LoadOptions = {}): LoadResult {
  const migrations = options.migrations ?? MIGRATIONS
  if (!isRecord(data) || data.format !== PROJECT_FILE_FORMAT) {
    return failure(
      'NOT_A_PROJECT',
      'The file is JSON, but not a Loyalty Workshop project (it lacks "format": "loyalty-workshop").',
    )
  }
  const version = readSchemaVersion(data)
  if (!version.ok) return version
  const newest = targetVersion(migrations)
  if (version.value > newest) {
    return failure(
      'NEWER_VERSION',
      `This file was saved by a newer version of Loyalty Workshop (schema ${version.value}); this version reads up to ${newest}. Please update the app.`,
    )
  }
  if (!('project' in data)) {
    return failure('INVALID_PROJECT', 'The project file contains no project.')
  }
  let migrated: unknown
  try {
    migrated = migrate({ schemaVersion: version.value, project: data.project }, migrations).project
  } catch {
    return failure(
      'INVALID_PROJECT',
      `The project could not be upgraded from schema ${version.value}; its data does not have the expected shape.`,
    )
  }
  const parsed = Project.safeParse(migrated)
  if (!parsed.success) return failure('INVALID_PROJECT', describeSchemaErrors(parsed.error.issues))
  const savedWith = typeof data.savedWith === 'string' ? data.savedWith : ''
  return { ok: true, project: parsed.data, fileSchemaVersion: version.value, savedWith }
}

/**
 * Reads a project file's bytes (or text) into a project: size limit, strict UTF-8, nesting
 * limit, JSON, format, schema version, migrations, validation. Never throws.
 */
export function loadProjectFile(input: Uint8Array | string, options: LoadOptions = {}): LoadResult {
  const data = readJson(input, options.maxBytes ?? DEFAULT_MAX_BYTES)
  if (!data.ok) return data
  return projectFromData(data.value, options)
}
