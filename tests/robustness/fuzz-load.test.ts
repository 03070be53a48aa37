import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_MAX_BYTES,
  loadProjectFile,
  type LoadResult,
  type ProjectFileErrorCode,
} from '../../shared/project-file'
import { FUZZ_KINDS, type Expectation, type FuzzCase } from './fuzz/cases'
import { EXAMPLES, changedAt, utf8 } from './fuzz/example-json'
import { CaseCounter, expectOutcome, prototypeKeys, timed } from './fuzz/invariants'
import { IS_SOAK, count, runSeed } from './soak'

/** A case that takes this long is treated as a hang (generous: this machine is shared). */
const CASE_LIMIT_MS = 3000
const HUGE_CASE_LIMIT_MS = 30_000
const seed = runSeed()
const counter = new CaseCounter()
const [example] = EXAMPLES
if (example === undefined) throw new Error('no example project in resources/examples')

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Loads one case and checks every rule: outcome, time, prototypes, the input left alone. */
function check(kind: string, testCase: FuzzCase, limitMs = CASE_LIMIT_MS): LoadResult {
  counter.add(kind)
  const before = prototypeKeys()
  const hash = hashOf(testCase.bytes)
  const result = timed(limitMs, () => loadProjectFile(testCase.bytes))
  expectOutcome(result, testCase.expected)
  expect(prototypeKeys()).toEqual(before)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  expect(hashOf(testCase.bytes)).toBe(hash)
  return result
}

describe('the load pipeline under fuzzing', () => {
  afterAll(() => {
    console.log(
      `fuzzing loadProjectFile (seed ${seed}): ${counter.total} cases. ${counter.summary()}`,
    )
  })

  FUZZ_KINDS.forEach((kind, index) => {
    const runs = count(kind.ciRuns, kind.soakRuns)
    it(
      `${kind.name} (${runs} cases): a valid project or a typed error, never a crash`,
      () => {
        fc.assert(
          fc.property(kind.arbitrary, (testCase) => {
            check(kind.name, testCase)
          }),
          { numRuns: runs, seed: seed + index },
        )
      },
      IS_SOAK ? 900_000 : 60_000,
    )
  })
})

const json = (data: unknown) => utf8(JSON.stringify(data))
const invalid = (...codes: ProjectFileErrorCode[]): Expectation => ({ outcome: 'fails', codes })

describe('huge files', () => {
  const huge = (
    name: string,
    bytes: () => Uint8Array | string,
    expected: Expectation,
    hint?: RegExp,
  ) => {
    it(
      name,
      () => {
        const input = bytes()
        const data = typeof input === 'string' ? utf8(input) : input
        const result = check('huge inputs', { bytes: data, expected }, HUGE_CASE_LIMIT_MS)
        if (hint !== undefined && !result.ok) expect(result.error.message).toMatch(hint)
      },
      120_000,
    )
  }

  huge(
    'a 24 MB title (under the size limit) is refused naming meta.title',
    () =>
      json(
        changedAt(example, ['project', 'meta', 'title'], (p, k) => (p[k] = 'ä'.repeat(12_000_000))),
      ),
    invalid('INVALID_PROJECT'),
    /meta\.title: Too big/,
  )
  huge(
    'one byte over the size limit is refused without being decoded',
    () => new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x7b),
    invalid('TOO_LARGE'),
    /more than the 50 MB a project file may have/,
  )
  huge(
    '10,000 parking-lot notes (the most a list may hold) load',
    () =>
      json(
        changedAt(example, ['project', 'parkingLot'], (p, k) => {
          p[k] = Array.from({ length: 10_000 }, (_, i) => ({
            id: `n${i}`,
            text: `Notiz ${i} – „Größe“`,
            stepId: null,
            triage: 'open',
            initiativeId: null,
          }))
        }),
      ),
    { outcome: 'loads' },
  )
  huge(
    '10,001 parking-lot notes are refused naming the list',
    () =>
      json(
        changedAt(example, ['project', 'parkingLot'], (p, k) => {
          p[k] = Array.from({ length: 10_001 }, (_, i) => ({
            id: `n${i}`,
            text: 'x',
            stepId: null,
            triage: 'open',
            initiativeId: null,
          }))
        }),
      ),
    invalid('INVALID_PROJECT'),
    /parkingLot: Too big/,
  )
  huge(
    'two million numbers in place of the participants are refused',
    () =>
      json(
        changedAt(
          example,
          ['project', 'participants'],
          (p, k) => (p[k] = new Array<number>(2_000_000).fill(7)),
        ),
      ),
    invalid('INVALID_PROJECT'),
    /participants/,
  )
  huge(
    'an answer keyed by a million-character name is refused',
    () =>
      json(
        changedAt(example, ['project', 'steps', 'vision', 'answers'], (p, k) => {
          p[k] = { ['q'.repeat(1_000_000)]: 'x' }
        }),
      ),
    invalid('INVALID_PROJECT'),
  )
  huge(
    '100,000 levels of nesting are refused before parsing',
    () => '['.repeat(100_000) + ']'.repeat(100_000),
    invalid('NOT_A_PROJECT'),
    /more than 200 levels deep/,
  )
  huge(
    '30,000 answers of a normal size are read or refused, never a crash',
    () =>
      json(
        changedAt(example, ['project', 'steps', 'vision', 'answers'], (p, k) => {
          p[k] = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`a${i}`, 'Antwort']))
        }),
      ),
    { outcome: 'either' },
  )
})
