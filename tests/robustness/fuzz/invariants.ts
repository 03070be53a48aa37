import { expect } from 'vitest'
import { ERROR_CODES } from '../../../shared/api'
import { Project } from '../../../shared/domain'
import type { LoadResult } from '../../../shared/project-file'
import type { Expectation } from './cases'

const PROTOTYPES: readonly object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
]

/** The own keys of the built-in prototypes; any new one would be prototype pollution. */
export function prototypeKeys(): string[][] {
  return PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).map(String).sort())
}

/** Checks that a loaded project holds only plain objects and arrays, none with another prototype. */
function expectPlainData(value: unknown, path = 'project'): void {
  if (typeof value !== 'object' || value === null) return
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== Array.prototype) {
    expect.fail(`${path} has a foreign prototype`)
  }
  for (const [key, item] of Object.entries(value)) expectPlainData(item, `${path}.${key}`)
}

/**
 * The rules for every case: a valid project or a typed error with a clear message, and what
 * the case itself expects (a given error code, or the exact project).
 */
export function expectOutcome(result: LoadResult, expected: Expectation): void {
  if (result.ok) {
    expect(expected.outcome, 'loaded a file that must be refused').not.toBe('fails')
    expect(Project.safeParse(result.project).success).toBe(true)
    expectPlainData(result.project)
    if (expected.outcome === 'loads' && expected.project !== undefined) {
      expect(result.project).toEqual(expected.project)
    }
    return
  }
  const { code, message } = result.error
  expect(expected.outcome, `refused a valid file: ${message}`).not.toBe('loads')
  expect(ERROR_CODES).toContain(code)
  if (expected.outcome === 'fails' && expected.codes !== undefined) {
    expect(expected.codes, message).toContain(code)
  }
  expect(message.trim().length).toBeGreaterThan(20)
  expect(message).not.toContain('[object Object]')
}

/** Runs `run` and fails when it took longer than `limitMs`: a slow case is a hang in waiting. */
export function timed<T>(limitMs: number, run: () => T): T {
  const started = performance.now()
  const result = run()
  const elapsed = performance.now() - started
  expect(elapsed, `one case took ${Math.round(elapsed)} ms`).toBeLessThan(limitMs)
  return result
}

/** Counts the cases run per family, for the summary line. */
export class CaseCounter {
  readonly #counts = new Map<string, number>()

  add(kind: string): void {
    this.#counts.set(kind, (this.#counts.get(kind) ?? 0) + 1)
  }

  get total(): number {
    return [...this.#counts.values()].reduce((sum, n) => sum + n, 0)
  }

  summary(): string {
    return [...this.#counts].map(([kind, n]) => `${kind}: ${n}`).join('; ')
  }
}
