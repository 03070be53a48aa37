import { z } from 'zod'

/** Limits that keep a hostile or broken file from exhausting memory or the screen. */
export const LIMITS = {
  idLength: 64,
  shortText: 500,
  longText: 100_000,
  rows: 10_000,
} as const

/** A stable identifier of a row; made by the caller, never by shared/. */
export const Id = z.string().min(1).max(LIMITS.idLength)

/** A one-line label such as a name or a title. */
export const ShortText = z.string().max(LIMITS.shortText)

/** A free-text answer or description. */
export const LongText = z.string().max(LIMITS.longText)

/** A list of rows with an upper bound. */
export const rows = <T extends z.ZodType>(row: T) => z.array(row).max(LIMITS.rows)

export const Language = z.enum(['de', 'en'])
export type Language = z.infer<typeof Language>

/** The seven steps of the workshop, in order. */
export const STEP_IDS = [
  'vision',
  'segments',
  'services',
  'advantage',
  'capabilities',
  'culture',
  'execution',
] as const
export const StepId = z.enum(STEP_IDS)
export type StepId = z.infer<typeof StepId>

export const StepStatus = z.enum(['not-started', 'in-progress', 'done'])
export type StepStatus = z.infer<typeof StepStatus>

/** A level on the 1-5 scale used by worksheets; null while nobody has set it. */
export const Level = z.number().int().min(1).max(5).nullable()
export type Level = z.infer<typeof Level>

/** A non-negative count, such as the number of promoters. */
export const Count = z.number().int().min(0).max(1e9)

/** An amount that may be unknown yet (null). */
export const Amount = z.number().min(0).max(1e12).nullable()

/** A calendar date as `YYYY-MM-DD`, or empty while unknown. */
export const IsoDate = z.union([z.literal(''), z.iso.date()])

/** The answers to a step's guiding questions, keyed by question id. */
export const Answers = z.record(Id, LongText)
