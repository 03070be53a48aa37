import type { z } from 'zod'
import {
  CONTRACT,
  fail,
  type Channel,
  type Handlers,
  type Input,
  type Output,
  type Result,
} from '../../../shared/api'
import { formatPath } from '../../../shared/project-file'
import { StorageError } from '../storage-error'

const UNEXPECTED =
  'Something unexpected went wrong. Your changes are still open in the app; please try again.'

/** Names the first field of a rejected input, e.g. `project.meta.title: Too big`. */
function describeInvalidInput(channel: Channel, error: z.ZodError): string {
  const [issue] = error.issues
  const where = issue === undefined ? '' : ` at ${formatPath(issue.path)}: ${issue.message}`
  return `The request "${channel}" was refused because its input is invalid${where}.`
}

/** Turns any error into a result: typed storage errors keep their code, others become INTERNAL. */
export function toFailure<T>(error: unknown, logError: (error: unknown) => void): Result<T> {
  if (error instanceof StorageError) return fail(error.code, error.message, error.fileName)
  logError(error)
  return fail('INTERNAL', UNEXPECTED)
}

/**
 * A handler that checks its input with the contract's schema before running, and never throws:
 * bad input gives INVALID_INPUT naming the field, any error a failed result.
 */
export function guard<C extends Channel>(
  channel: C,
  run: (input: Input<C>) => Promise<Result<Output<C>>>,
  logError: (error: unknown) => void,
): Handlers[C] {
  const schema: z.ZodType = CONTRACT[channel].input
  const handler = async (input: unknown): Promise<Result<Output<C>>> => {
    let parsed: z.ZodSafeParseResult<unknown>
    try {
      parsed = schema.safeParse(input)
    } catch {
      // Input that throws while being read (a getter, a proxy) cannot come over IPC; refuse it.
      return fail(
        'INVALID_INPUT',
        `The request "${channel}" was refused because its input is unreadable.`,
      )
    }
    if (!parsed.success) return fail('INVALID_INPUT', describeInvalidInput(channel, parsed.error))
    try {
      // The schema is the channel's own, so its output is the channel's input type.
      return await run(parsed.data as Input<C>)
    } catch (error) {
      return toFailure(error, logError)
    }
  }
  return handler as Handlers[C]
}
