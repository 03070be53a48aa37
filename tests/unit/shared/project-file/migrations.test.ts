import { describe, expect, it } from 'vitest'
import { createProject, type Project } from '../../../../shared/domain'
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  loadProjectFile,
  migrate,
  serialiseProject,
  type Migration,
} from '../../../../shared/project-file'

type Json = Record<string, unknown>

/** Made-up history: schema 1 called the title `name`, schema 2 kept the language as `locale`. */
const renameNameToTitle: Migration = (project) => {
  const { meta, ...rest } = project as { meta: Json }
  const { name, ...otherMeta } = meta
  return { ...rest, meta: { ...otherMeta, title: name } }
}
const renameLocaleToLanguage: Migration = (project) => {
  const { meta, ...rest } = project as { meta: Json }
  const { locale, ...otherMeta } = meta
  return { ...rest, meta: { ...otherMeta, language: locale } }
}
const FAKE_HISTORY = [renameNameToTitle, renameLocaleToLanguage]

const current = (): Project =>
  createProject({ language: 'de', title: 'Kundenbindung', date: '2026-01-05' })

/** The project as the made-up schema 1 would have stored it. */
function asSchema1(project: Project): Json {
  const { title, language, ...meta } = project.meta
  return { ...project, meta: { ...meta, name: title, locale: language } }
}

describe('migrations', () => {
  it('apply one step after another, from the file version up to the newest', () => {
    const old = {
      format: 'loyalty-workshop',
      schemaVersion: 1,
      savedWith: 'old',
      project: asSchema1(current()),
    }
    const migrated = migrate(old, FAKE_HISTORY)
    expect(migrated.schemaVersion).toBe(3)
    expect(migrated.project).toEqual(current())
    expect(migrated.savedWith).toBe('old')
  })

  it('start at the version the file was written in', () => {
    const { title, ...meta } = current().meta
    const schema2 = {
      schemaVersion: 2,
      project: { ...current(), meta: { ...meta, title: `${title} (v2)` } },
    }
    // Only the second step runs: applying the first would have dropped the title.
    expect(migrate(schema2, FAKE_HISTORY).project).toMatchObject({
      meta: { title: 'Kundenbindung (v2)' },
    })
  })

  it('leave the data they are given unchanged', () => {
    const old = { schemaVersion: 1, project: asSchema1(current()) }
    const before = JSON.stringify(old)
    migrate(old, FAKE_HISTORY)
    expect(JSON.stringify(old)).toBe(before)
  })

  it('run inside the load pipeline, and the result is validated', () => {
    const text = JSON.stringify({
      format: 'loyalty-workshop',
      schemaVersion: 1,
      savedWith: 'old',
      project: asSchema1(current()),
    })
    const loaded = loadProjectFile(text, { migrations: FAKE_HISTORY })
    expect(loaded).toEqual({ ok: true, project: current(), fileSchemaVersion: 1, savedWith: 'old' })
    // With the real (empty) history the same file is schema 1 data of the wrong shape.
    const unmigrated = loadProjectFile(text)
    expect(!unmigrated.ok && unmigrated.error.code).toBe('INVALID_PROJECT')
  })

  it('a file newer than the history knows is refused', () => {
    const text = serialiseProject(current(), 'x').replace(
      '"schemaVersion": 1',
      '"schemaVersion": 4',
    )
    const loaded = loadProjectFile(text, { migrations: FAKE_HISTORY })
    expect(!loaded.ok && loaded.error.message).toMatch(/schema 4\); this version reads up to 3/)
  })

  it('a migration that fails on odd data gives a clear error, not a crash', () => {
    const text = JSON.stringify({
      format: 'loyalty-workshop',
      schemaVersion: 1,
      savedWith: 'old',
      project: null,
    })
    const loaded = loadProjectFile(text, { migrations: FAKE_HISTORY })
    expect(loaded.ok).toBe(false)
    expect(!loaded.ok && loaded.error).toMatchObject({
      code: 'INVALID_PROJECT',
      message: expect.stringMatching(/upgraded from schema 1/) as unknown,
    })
  })

  it('the real history leads to the current schema version', () => {
    expect(MIGRATIONS.length + 1).toBe(CURRENT_SCHEMA_VERSION)
  })
})
