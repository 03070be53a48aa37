import type { CriterionScale } from './schema/prioritisation'
import { allowedRatings } from './scoring/scales'

/** What typed text means on a scale: a rating, a cleared cell, or not (yet) a rating. */
export type TypedRating =
  | { readonly kind: 'rating'; readonly value: number; readonly isComplete: boolean }
  | { readonly kind: 'clear' }
  | { readonly kind: 'invalid' }

/**
 * Reads digits typed into a rating cell. A rating is complete when no longer rating starts with
 * the same digits ("3" on 1-5; but "1" on 1-10 may still become "10"), so that the cursor can
 * move on by itself after a complete rating.
 */
export function readTypedRating(text: string, scale: CriterionScale): TypedRating {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'clear' }
  if (!/^\d{1,2}$/.test(trimmed)) return { kind: 'invalid' }
  const value = Number(trimmed)
  const allowed = allowedRatings(scale)
  if (!allowed.includes(value)) return { kind: 'invalid' }
  const isComplete = !allowed.some((other) => other !== value && String(other).startsWith(trimmed))
  return { kind: 'rating', value, isComplete }
}
