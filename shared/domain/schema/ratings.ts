import { z } from 'zod'
import { LIMITS } from './common'

/** The most ratings one row may hold, and the bounds of one rating (every scale fits inside). */
const RATING_ROW_LIMITS = { length: 100, min: 0, max: 100 } as const

type Path = readonly PropertyKey[]

/** An issue found by the hand-written checks below, with zod's own codes so it reads like any other. */
type RatingIssue = Parameters<z.RefinementCtx['addIssue']>[0]

/**
 * Checks a rating row in one loop: an array of at most 100 entries, each null or a finite number
 * from 0 to 100. A file holds tens of thousands of rows, and a schema per entry made validation
 * the slowest part of opening one. Returns whether the row is valid.
 */
function checkRatingRow(row: unknown, at: Path, report: (issue: RatingIssue) => void): boolean {
  if (!Array.isArray(row)) {
    report({ code: 'invalid_type', expected: 'array', input: row, path: [...at] })
    return false
  }
  const { length, min, max } = RATING_ROW_LIMITS
  let isValid = row.length <= length
  for (let i = 0; i < row.length; i++) {
    const rating: unknown = row[i]
    if (rating === null || (typeof rating === 'number' && rating >= min && rating <= max)) continue
    isValid = false
    const path = [...at, i]
    if (typeof rating !== 'number' || !Number.isFinite(rating)) {
      report({ code: 'invalid_type', expected: 'number', input: rating, path })
    } else if (rating < min) {
      report({
        code: 'too_small',
        origin: 'number',
        minimum: min,
        inclusive: true,
        input: rating,
        path,
      })
    } else {
      report({
        code: 'too_big',
        origin: 'number',
        maximum: max,
        inclusive: true,
        input: rating,
        path,
      })
    }
  }
  if (row.length > length) {
    report({
      code: 'too_big',
      origin: 'array',
      maximum: length,
      inclusive: true,
      input: row,
      path: [...at],
    })
  }
  return isValid
}

/**
 * One participant's ratings of one initiative, aligned with the project's criteria by position;
 * null where the participant has not rated that criterion. Kept as a short array so that
 * 2,000 initiatives x 25 raters x 8 criteria stay a few megabytes.
 */
export const RatingRow = z.custom<(number | null)[]>().superRefine((row, ctx) => {
  checkRatingRow(row, [], (issue) => {
    ctx.addIssue(issue)
  })
})
export type RatingRow = z.infer<typeof RatingRow>

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Ratings of one initiative, keyed by participant id, checked in one loop for the same reason
 * as a row: a record schema per initiative with a schema per key and row was most of the time
 * spent opening a portfolio. The result is a fresh object; a `__proto__` key is left out.
 */
export const Ratings = z.unknown().transform((input, ctx): Record<string, RatingRow> => {
  if (!isPlainObject(input)) {
    ctx.addIssue({ code: 'invalid_type', expected: 'record', input })
    return z.NEVER
  }
  const ratings: Record<string, RatingRow> = {}
  let isValid = true
  const report = (issue: RatingIssue) => {
    isValid = false
    ctx.addIssue(issue)
  }
  for (const participantId of Object.keys(input)) {
    if (participantId === '__proto__') continue
    if (participantId.length === 0 || participantId.length > LIMITS.idLength) {
      report({
        code: 'custom',
        message: `is not a participant id (1 to ${String(LIMITS.idLength)} characters)`,
        input: participantId,
        path: [participantId],
      })
      continue
    }
    const row = input[participantId]
    if (checkRatingRow(row, [participantId], report)) ratings[participantId] = row as RatingRow
  }
  return isValid ? ratings : z.NEVER
})
export type Ratings = z.infer<typeof Ratings>
