import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createInitiative, createProject, type Project } from '../../../../shared/domain'
import {
  CURRENT_SCHEMA_VERSION,
  MAX_NESTING_DEPTH,
  loadProjectFile,
  serialiseProject,
} from '../../../../shared/project-file'

const project = (): Project => ({
  ...createProject({ language: 'de', title: 'Kundenbindung 2026', date: '2026-01-05' }),
  initiatives: ['a', 'b', 'c', 'd'].map((id) => createInitiative(id, `Initiative ${id}`)),
})

const fileText = (p: Project = project()) => serialiseProject(p, 'Loyalty Workshop test')
const bytes = (text: string) => new TextEncoder().encode(text)
const envelope = (): Record<string, unknown> => JSON.parse(fileText()) as Record<string, unknown>

function expectError(result: ReturnType<typeof loadProjectFile>, code: string): string {
  if (result.ok) throw new Error(`expected ${code}, but the file loaded`)
  expect(result.error.code).toBe(code)
  return result.error.message
}

describe('loading a project file', () => {
  it('reads back a saved project, from bytes and from text', () => {
    const original = project()
    for (const input of [bytes(fileText(original)), fileText(original)]) {
      const result = loadProjectFile(input)
      expect(result).toEqual({
        ok: true,
        project: original,
        fileSchemaVersion: 1,
        savedWith: 'Loyalty Workshop test',
      })
    }
  })

  it('reads the example projects', () => {
    const dir = join(import.meta.dirname, '../../../../resources/examples')
    for (const name of ['meridale-facilities.loyalty.json', 'radhaus-brenner.loyalty.json']) {
      expect(loadProjectFile(readFileSync(join(dir, name))).ok).toBe(true)
    }
  })

  it('accepts a UTF-8 byte order mark, as Windows editors write it', () => {
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(fileText())])
    expect(loadProjectFile(withMark).ok).toBe(true)
    expect(loadProjectFile(`\uFEFF${fileText()}`).ok).toBe(true)
  })

  it('keeps umlauts, ß and quotes intact', () => {
    const p = project()
    p.meta.title = 'Größere Fußgängerzone „Kundenbindung“ – 5 €'
    const result = loadProjectFile(bytes(fileText(p)))
    expect(result.ok && result.project.meta.title).toBe(
      'Größere Fußgängerzone „Kundenbindung“ – 5 €',
    )
  })

  it('refuses a file over the size limit before decoding it', () => {
    const message = expectError(loadProjectFile(bytes(fileText()), { maxBytes: 1000 }), 'TOO_LARGE')
    expect(message).toContain('more than the 1 KB')
    expect(
      expectError(
        loadProjectFile('x'.repeat(2 * 1024 * 1024), { maxBytes: 1024 * 1024 }),
        'TOO_LARGE',
      ),
    ).toMatch(/2 MB, more than the 1 MB/)
  })

  it('counts the size of text in UTF-8 bytes, not characters', () => {
    // 600 × "ä" is 600 characters but 1,200 bytes.
    expectError(loadProjectFile('ä'.repeat(600), { maxBytes: 1000 }), 'TOO_LARGE')
  })

  it('says a non-UTF-8 file is not UTF-8 text', () => {
    const latin1 = new Uint8Array([
      ...bytes('{"format": "loyalty-workshop", "x": "Gr'),
      0xf6,
      0xdf,
      ...bytes('e"}'),
    ])
    expect(expectError(loadProjectFile(latin1), 'NOT_JSON')).toMatch(/not UTF-8 text/)
  })

  it('says an empty file is empty', () => {
    expect(expectError(loadProjectFile(new Uint8Array()), 'NOT_JSON')).toMatch(/empty/)
    expect(expectError(loadProjectFile('  \n'), 'NOT_JSON')).toMatch(/empty/)
  })

  it('says a truncated file ends too early and points to the backup', () => {
    const text = fileText()
    for (const cut of [1, 100, Math.floor(text.length / 2), text.length - 3]) {
      const message = expectError(loadProjectFile(text.slice(0, cut)), 'NOT_JSON')
      expect(message).toMatch(/ends too early/)
      expect(message).toMatch(/\.bak/)
    }
  })

  it('says where a damaged file stops being JSON', () => {
    const damaged = '{\n  "format": "loyalty-workshop",\n  "schemaVersion" 1\n}'
    expect(expectError(loadProjectFile(damaged), 'NOT_JSON')).toMatch(/near line 3, column 19/)
  })

  it('refuses nesting deeper than the limit without parsing it', () => {
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)
    expect(expectError(loadProjectFile(deep(MAX_NESTING_DEPTH + 1)), 'NOT_A_PROJECT')).toMatch(
      /levels deep/,
    )
    // 100,000 levels would overflow the stack of zod and of JSON.stringify.
    expectError(loadProjectFile(deep(100_000)), 'NOT_A_PROJECT')
    expectError(loadProjectFile('{"a":'.repeat(100_000)), 'NOT_A_PROJECT')
    expectError(loadProjectFile(bytes(deep(100_000))), 'NOT_A_PROJECT')
    // Brackets inside strings are text, not nesting.
    const p = project()
    p.meta.title = '['.repeat(MAX_NESTING_DEPTH * 2)
    expect(loadProjectFile(fileText(p)).ok).toBe(true)
  })

  it('counts nesting in the bytes of a file, past escaped quotes and characters of any length', () => {
    const p = project()
    // An escaped quote, an escaped backslash before the closing quote, and multi-byte characters
    // next to brackets: none of them may start or end a string early.
    p.meta.title = `Über "Treue" [${'['.repeat(MAX_NESTING_DEPTH * 2)} 𝄞€ß\\`
    p.meta.organisation = `\\"${'{'.repeat(MAX_NESTING_DEPTH * 2)}ı\\`
    const loaded = loadProjectFile(bytes(fileText(p)))
    expect(loaded.ok && loaded.project.meta.title).toBe(p.meta.title)
    expect(loaded.ok && loaded.project.meta.organisation).toBe(p.meta.organisation)

    const deepInBytes = `{"format": "loyalty-workshop", "note": "ä]]}", "x": ${'['.repeat(MAX_NESTING_DEPTH + 1)}`
    expect(expectError(loadProjectFile(bytes(deepInBytes)), 'NOT_A_PROJECT')).toMatch(/levels deep/)
  })

  it('says other JSON is not a Loyalty Workshop project', () => {
    for (const text of [
      '[]',
      '42',
      '"text"',
      'null',
      '{"name": "package"}',
      '{"format": "other"}',
    ]) {
      expect(expectError(loadProjectFile(text), 'NOT_A_PROJECT')).toMatch(
        /not a Loyalty Workshop project/,
      )
    }
  })

  it('refuses a file from a newer version and asks to update', () => {
    const newer = { ...envelope(), schemaVersion: 3 }
    expect(expectError(loadProjectFile(JSON.stringify(newer)), 'NEWER_VERSION')).toBe(
      'This file was saved by a newer version of Loyalty Workshop (schema 3); this version reads up to 1. Please update the app.',
    )
  })

  it('refuses a missing or broken schema version', () => {
    for (const schemaVersion of [undefined, 0, -1, 1.5, '1', null]) {
      const broken = { ...envelope(), schemaVersion }
      expectError(loadProjectFile(JSON.stringify(broken)), 'INVALID_PROJECT')
    }
  })

  it('refuses an envelope without a project', () => {
    const rest = envelope()
    delete rest['project']
    expect(expectError(loadProjectFile(JSON.stringify(rest)), 'INVALID_PROJECT')).toMatch(
      /no project/,
    )
  })

  it('names the path of the first bad field of a project', () => {
    const data = envelope() as { project: { initiatives: Record<string, unknown>[] } }
    const third = data.project.initiatives[3]
    if (third === undefined) throw new Error('fixture has four initiatives')
    third['start'] = 'next spring'
    const message = expectError(loadProjectFile(JSON.stringify(data)), 'INVALID_PROJECT')
    expect(message).toMatch(/initiatives\[3\]\.start: /)
    expect(message).not.toMatch(/more problem/)
  })

  it('lists the first three bad fields and counts the rest', () => {
    const data = envelope() as {
      project: { meta: Record<string, unknown>; initiatives: Record<string, unknown>[] }
    }
    data.project.meta['title'] = 42
    data.project.meta['language'] = 'fr'
    for (const initiative of data.project.initiatives) initiative['status'] = 'maybe'
    const message = expectError(loadProjectFile(JSON.stringify(data)), 'INVALID_PROJECT')
    expect(message).toMatch(/meta\.title: .*; meta\.language: .*; initiatives\[0\]\.status: /)
    expect(message).toMatch(/\(and 3 more problems\)/)
  })

  it('names rating rows by participant id when their length does not match the criteria', () => {
    const p = project()
    const [, second] = p.initiatives
    if (second === undefined) throw new Error('fixture has four initiatives')
    p.initiatives[1] = { ...second, ratings: { 'p-1': [3, 4] } }
    const message = expectError(loadProjectFile(fileText(p)), 'INVALID_PROJECT')
    expect(message).toContain(
      'initiatives[1].ratings["p-1"]: has 2 ratings but the project has 6 criteria',
    )
  })

  it('names a bad rating by initiative, participant and position', () => {
    const data = envelope() as { project: { initiatives: Record<string, unknown>[] } }
    const second = data.project.initiatives[1]
    if (second === undefined) throw new Error('fixture has four initiatives')
    second['ratings'] = { 'p-1': [3, 4, 101, null, 2, 1], anna: ['5', 4, 3, 2, 1, null] }
    const message = expectError(loadProjectFile(JSON.stringify(data)), 'INVALID_PROJECT')
    expect(message).toContain(
      'initiatives[1].ratings["p-1"][2]: Too big: expected number to be <=100; ' +
        'initiatives[1].ratings.anna[0]: Invalid input: expected number, received string',
    )
    expect(message).not.toMatch(/more problem/)
  })

  it('refuses a rating row that is no list, naming it, instead of failing to read it', () => {
    const data = envelope() as { project: { initiatives: Record<string, unknown>[] } }
    const first = data.project.initiatives[0]
    if (first === undefined) throw new Error('fixture has four initiatives')
    for (const row of [null, 7, 'abc', { length: 6 }]) {
      first['ratings'] = { 'p-1': row }
      expect(expectError(loadProjectFile(JSON.stringify(data)), 'INVALID_PROJECT')).toContain(
        'initiatives[0].ratings["p-1"]: Invalid input: expected array',
      )
    }
  })

  it('refuses a negative rating and names it', () => {
    const data = envelope() as { project: { initiatives: Record<string, unknown>[] } }
    const first = data.project.initiatives[0]
    if (first === undefined) throw new Error('fixture has four initiatives')
    first['ratings'] = { 'p-1': [3, 4, 5, 1, -2, null] }
    expect(expectError(loadProjectFile(JSON.stringify(data)), 'INVALID_PROJECT')).toContain(
      'initiatives[0].ratings["p-1"][4]: Too small: expected number to be >=0',
    )
  })

  it('does not let __proto__ keys pollute prototypes', () => {
    const text = fileText().replace(
      '"answers": {}',
      '"answers": {"__proto__": {"polluted": "yes"}}',
    )
    const result = loadProjectFile(text)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(Object.getPrototypeOf(result.project.steps.vision.answers)).toBe(Object.prototype)
  })

  it('writes files of the schema version it reads', () => {
    expect((JSON.parse(fileText()) as { schemaVersion: number }).schemaVersion).toBe(
      CURRENT_SCHEMA_VERSION,
    )
  })
})
