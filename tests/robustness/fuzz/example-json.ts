import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** A key path into parsed JSON, e.g. `['project', 'initiatives', 3, 'title']`. */
export type JsonPath = readonly (string | number)[]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** An example project file: its bytes, its parsed envelope and every path inside it. */
export interface ExampleFile {
  readonly name: string
  readonly bytes: Uint8Array
  readonly data: Json
  readonly paths: readonly JsonPath[]
  readonly objectPaths: readonly JsonPath[]
  readonly stringPaths: readonly JsonPath[]
}

const EXAMPLES_DIR = join(import.meta.dirname, '../../../resources/examples')

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function collectPaths(value: Json, path: JsonPath, into: JsonPath[]): void {
  into.push(path)
  if (Array.isArray(value))
    value.forEach((item, i) => {
      collectPaths(item, [...path, i], into)
    })
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) collectPaths(item, [...path, key], into)
  }
}

function valueAt(data: Json, path: JsonPath): Json {
  let node: Json = data
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json
  return node
}

function readExample(name: string): ExampleFile {
  const bytes = new Uint8Array(readFileSync(join(EXAMPLES_DIR, name)))
  const data = JSON.parse(new TextDecoder().decode(bytes)) as Json
  const paths: JsonPath[] = []
  collectPaths(data, [], paths)
  return {
    name,
    bytes,
    data,
    paths: paths.filter((path) => path.length > 0),
    objectPaths: paths.filter((path) => isObject(valueAt(data, path))),
    stringPaths: paths.filter((path) => typeof valueAt(data, path) === 'string'),
  }
}

/** The example projects shipped in resources/examples. */
export const EXAMPLES: readonly ExampleFile[] = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.loyalty.json'))
  .sort()
  .map(readExample)

/** A deep copy of the example's data with `change` applied to the parent of `path`. */
export function changedAt(
  example: ExampleFile,
  path: JsonPath,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(example.data)
  const parent = valueAt(copy, path.slice(0, -1)) as unknown as Record<string | number, unknown>
  const key = path[path.length - 1]
  if (key === undefined) throw new Error('the whole file has no parent')
  change(parent, key)
  return copy
}

/**
 * A deep copy of the example's data with an own property added to the object at `path`, even one
 * named `__proto__`, exactly as JSON.parse creates it from a file.
 */
export function withKeyAdded(
  example: ExampleFile,
  path: JsonPath,
  key: string,
  value: unknown,
): unknown {
  const copy = structuredClone(example.data)
  const target = valueAt(copy, path) as object
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return copy
}

const encoder = new TextEncoder()

/** UTF-8 bytes of text. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** Joins byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
