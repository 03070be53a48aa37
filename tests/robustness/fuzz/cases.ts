import fc from 'fast-check'
import { setAnswer, setMeta, type Project } from '../../../shared/domain'
import {
  MAX_NESTING_DEPTH,
  loadProjectFile,
  serialiseProjectBytes,
  type ProjectFileErrorCode,
} from '../../../shared/project-file'
import {
  EXAMPLES,
  changedAt,
  concatBytes,
  utf8,
  withKeyAdded,
  type ExampleFile,
} from './example-json'

/** What a case must end in; every case must also keep the general rules (see invariants.ts). */
export type Expectation =
  | { readonly outcome: 'fails'; readonly codes?: readonly ProjectFileErrorCode[] }
  | { readonly outcome: 'loads'; readonly project?: Project }
  | { readonly outcome: 'either' }

export interface FuzzCase {
  readonly bytes: Uint8Array
  readonly expected: Expectation
}

/** A family of hostile or broken files, with its CI and soak counts. */
export interface FuzzKind {
  readonly name: string
  readonly arbitrary: fc.Arbitrary<FuzzCase>
  readonly ciRuns: number
  readonly soakRuns: number
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf])
const EITHER: Expectation = { outcome: 'either' }
const fails = (...codes: ProjectFileErrorCode[]): Expectation =>
  codes.length === 0 ? { outcome: 'fails' } : { outcome: 'fails', codes }
const json = (data: unknown) => utf8(JSON.stringify(data, null, 2))

function projectOf(example: ExampleFile): Project {
  const loaded = loadProjectFile(example.bytes)
  if (!loaded.ok) throw new Error(`${example.name}: ${loaded.error.message}`)
  return loaded.project
}

const example = fc.constantFrom(...EXAMPLES)

const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ bytes, expected: fails() })),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => ({
    bytes: concatBytes(utf8('{"format": "loyalty-workshop", "schemaVersion": 1, '), bytes),
    expected: fails(),
  })),
)

const randomJson = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => ({
    bytes: utf8(JSON.stringify(value)),
    expected: fails('NOT_A_PROJECT'),
  })),
  fc.jsonValue({ maxDepth: 6 }).map((project) => ({
    bytes: json({ format: 'loyalty-workshop', schemaVersion: 1, savedWith: 'x', project }),
    expected: fails('INVALID_PROJECT'),
  })),
)

/** Cut anywhere: only the final newline may go without harm. */
const truncations = fc.record({ example, cut: fc.nat() }).map(({ example, cut }) => {
  const at = cut % example.bytes.length
  const whole = new TextDecoder().decode(example.bytes).trimEnd().length
  const bytes = example.bytes.subarray(0, at)
  const expected: Expectation =
    at >= utf8(new TextDecoder().decode(example.bytes).slice(0, whole)).length
      ? { outcome: 'loads', project: projectOf(example) }
      : fails('NOT_JSON')
  return { bytes, expected }
})

const bitFlips = fc
  .record({
    example,
    flips: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
  })
  .map(({ example, flips }) => {
    const bytes = new Uint8Array(example.bytes)
    for (const { at, bit } of flips) {
      const i = at % bytes.length
      bytes[i] = (bytes[i] ?? 0) ^ (1 << bit)
    }
    return { bytes, expected: EITHER }
  })

const strangeValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom(null, [], {}, '', -1, 0, 1e308, -1e308, 2 ** 53 + 1, '2026-13-45'),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
)

/** Any field of a real project given a value of another type, or removed. */
const wrongTypes = example.chain((chosen) =>
  fc
    .record({
      path: fc.constantFrom(...chosen.paths),
      value: fc.option(strangeValue, { nil: undefined, freq: 8 }),
    })
    .map(({ path, value }) => ({
      bytes: json(
        changedAt(chosen, path, (parent, key) => {
          if (value === undefined) {
            if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
            else Reflect.deleteProperty(parent, key)
          } else parent[key] = value
        }),
      ),
      expected: EITHER,
    })),
)

/** Values that try to reach a prototype, each parsed from JSON so `__proto__` is an own key. */
const PROTOTYPE_VALUES = [
  '{"polluted": true}',
  '{"__proto__": {"polluted": true}}',
  '{"prototype": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '[5, 4, 3, 2, 1, 3]',
  '"polluted"',
  'null',
  '{"toString": "polluted", "valueOf": 1, "hasOwnProperty": null}',
]

const prototypeKeys = example.chain((chosen) =>
  fc
    .record({
      path: fc.constantFrom(...chosen.objectPaths),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
      value: fc.constantFrom(...PROTOTYPE_VALUES),
    })
    .map(({ path, key, value }) => ({
      bytes: json(withKeyAdded(chosen, path, key, JSON.parse(value))),
      expected: EITHER,
    })),
)

const MARKER = '__nested_here__'
/** How deep the value of meta.title and of project sit in the envelope. */
const PLACE_DEPTH = { file: 0, project: 1, 'meta.title': 3 } as const

const deepNesting = fc
  .record({
    example,
    depth: fc.oneof(
      fc.integer({ min: 150, max: 260 }),
      fc.integer({ min: 260, max: 100_000 }),
      fc.constant(100_000),
    ),
    opener: fc.constantFrom('[', '{"k": ', '[{"k": '),
    isBalanced: fc.boolean(),
    place: fc.constantFrom('file', 'project', 'meta.title'),
  })
  .map(({ example, depth, opener, isBalanced, place }) => {
    const levels = opener === '[{"k": ' ? Math.ceil(depth / 2) : depth
    const closer = opener === '[' ? ']' : opener === '{"k": ' ? '}' : '}]'
    const deep = opener.repeat(levels) + (isBalanced ? `1${closer.repeat(levels)}` : '')
    const nested = levels * (opener === '[{"k": ' ? 2 : 1)
    const total = nested + PLACE_DEPTH[place]
    let text = deep
    if (place !== 'file') {
      const marked = changedAt(
        example,
        place === 'project' ? ['project'] : ['project', 'meta', 'title'],
        (parent, key) => (parent[key] = MARKER),
      )
      text = JSON.stringify(marked).replace(`"${MARKER}"`, deep)
    }
    // Left open inside the project, the rest of the file nests on top: deeper still, or not JSON.
    const expected =
      total > MAX_NESTING_DEPTH
        ? fails('NOT_A_PROJECT')
        : !isBalanced
          ? fails('NOT_JSON', 'NOT_A_PROJECT')
          : fails(place === 'file' ? 'NOT_A_PROJECT' : 'INVALID_PROJECT')
    return { bytes: utf8(text), expected }
  })

const longStrings = example.chain((chosen) =>
  fc
    .record({
      path: fc.constantFrom(...chosen.stringPaths),
      length: fc.oneof(
        fc.integer({ min: 495, max: 505 }),
        fc.integer({ min: 99_990, max: 100_010 }),
        fc.integer({ min: 200_000, max: 1_000_000 }),
      ),
      char: fc.constantFrom('a', 'ä', '€', '😀', '"', '\\', '\n', '\u0000', '\u2028'),
    })
    .map(({ path, length, char }) => ({
      bytes: json(changedAt(chosen, path, (parent, key) => (parent[key] = char.repeat(length)))),
      expected: EITHER,
    })),
)

const INVALID_UTF8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
]

const notUtf8 = fc
  .record({ example, at: fc.nat(), sequence: fc.constantFrom(...INVALID_UTF8) })
  .map(({ example, at, sequence }) => {
    const i = at % example.bytes.length
    const bytes = concatBytes(
      example.bytes.subarray(0, i),
      new Uint8Array(sequence),
      example.bytes.subarray(i),
    )
    return { bytes, expected: fails('NOT_JSON') }
  })

/** Any field given any text, in any language or none: a valid project that reads back exactly. */
const validEdits = fc
  .record({
    example,
    title: fc.string({ maxLength: 250, unit: 'binary' }),
    answer: fc.string({ maxLength: 2000, unit: fc.constantFrom('grapheme', 'binary') }),
  })
  .map(({ example, title, answer }) => {
    const edited = setAnswer(setMeta(projectOf(example), { title }), {
      step: 'vision',
      question: 'understood',
      text: answer,
    })
    return {
      bytes: serialiseProjectBytes(edited, 'Loyalty Workshop fuzz'),
      expected: { outcome: 'loads', project: edited } as const,
    }
  })

const byteOrderMarks = fc.oneof(
  fc.oneof(validEdits, truncations, wrongTypes).map((c) => ({
    bytes: concatBytes(BOM, c.bytes),
    expected: c.expected,
  })),
  validEdits.map((c) => ({ bytes: concatBytes(BOM, BOM, c.bytes), expected: fails('NOT_JSON') })),
  example.map((chosen) => {
    const text = `\uFEFF${new TextDecoder().decode(chosen.bytes)}`
    const utf16 = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      utf16[2 * i] = text.charCodeAt(i) & 0xff
      utf16[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    return { bytes: utf16, expected: fails('NOT_JSON') }
  }),
)

const schemaVersions = example.chain((chosen) =>
  fc.oneof(
    fc.integer({ min: 2, max: Number.MAX_SAFE_INTEGER }).map((version) => ({
      bytes: json(changedAt(chosen, ['schemaVersion'], (p, k) => (p[k] = version))),
      expected: fails('NEWER_VERSION'),
    })),
    fc
      .oneof(
        fc.integer({ max: 0 }),
        // Whole numbers from 2 up are newer versions, tested above.
        fc.double({ min: 1.0001, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)),
        fc.string({ maxLength: 5 }),
        fc.constantFrom(null, true, [], {}, '2'),
      )
      .map((version) => ({
        bytes: json(changedAt(chosen, ['schemaVersion'], (p, k) => (p[k] = version))),
        expected: fails('INVALID_PROJECT'),
      })),
    fc.string({ maxLength: 30 }).map((format) => ({
      bytes: json(changedAt(chosen, ['format'], (p, k) => (p[k] = format))),
      expected: format === 'loyalty-workshop' ? EITHER : fails('NOT_A_PROJECT'),
    })),
  ),
)

const emptyFiles = fc
  .array(fc.constantFrom(' ', '\n', '\r', '\t'), { maxLength: 1000 })
  .chain((spaces) =>
    fc.boolean().map((hasBom) => ({
      bytes: concatBytes(hasBom ? BOM : new Uint8Array(0), utf8(spaces.join(''))),
      expected: fails('NOT_JSON'),
    })),
  )

/** Shows a failing case by its size and first bytes instead of printing megabytes. */
function withPreview(testCase: FuzzCase): FuzzCase {
  const head = new TextDecoder().decode(testCase.bytes.subarray(0, 120))
  return Object.assign(testCase, {
    [fc.toStringMethod]: () =>
      `${testCase.bytes.length} bytes, expected ${JSON.stringify(testCase.expected.outcome)}${
        'codes' in testCase.expected ? ` ${String(testCase.expected.codes)}` : ''
      }, starting ${JSON.stringify(head)}`,
  })
}

const KINDS: readonly FuzzKind[] = [
  { name: 'random bytes', arbitrary: randomBytes, ciRuns: 60, soakRuns: 1000 },
  { name: 'random JSON documents', arbitrary: randomJson, ciRuns: 40, soakRuns: 600 },
  { name: 'truncated example projects', arbitrary: truncations, ciRuns: 80, soakRuns: 1200 },
  { name: 'bit flips in example projects', arbitrary: bitFlips, ciRuns: 100, soakRuns: 1500 },
  { name: 'wrong types at random paths', arbitrary: wrongTypes, ciRuns: 100, soakRuns: 1500 },
  {
    name: '__proto__, constructor, prototype keys',
    arbitrary: prototypeKeys,
    ciRuns: 80,
    soakRuns: 1200,
  },
  { name: 'deep nesting up to 100,000 levels', arbitrary: deepNesting, ciRuns: 20, soakRuns: 300 },
  { name: 'long strings around the limits', arbitrary: longStrings, ciRuns: 30, soakRuns: 400 },
  { name: 'invalid UTF-8', arbitrary: notUtf8, ciRuns: 60, soakRuns: 1000 },
  { name: 'byte order marks and UTF-16', arbitrary: byteOrderMarks, ciRuns: 30, soakRuns: 500 },
  {
    name: 'newer, broken or missing schema version and format',
    arbitrary: schemaVersions,
    ciRuns: 40,
    soakRuns: 600,
  },
  { name: 'empty and blank files', arbitrary: emptyFiles, ciRuns: 10, soakRuns: 100 },
  { name: 'valid edits with any text', arbitrary: validEdits, ciRuns: 40, soakRuns: 600 },
]

/** All families of inputs; the soak counts add up to more than 10,000. */
export const FUZZ_KINDS: readonly FuzzKind[] = KINDS.map((kind) => ({
  ...kind,
  arbitrary: kind.arbitrary.map(withPreview),
}))
