import { CHANNELS, CONTRACT, fail } from '../../shared/api'
import type { Channel, Handlers, Result } from '../../shared/api'
import type { FrameLike, SenderCheck } from './sender-check'

/** What the binding needs of an IPC invoke event. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null
}

/** What the binding needs of Electron's `ipcMain`. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void
  removeHandler(channel: string): void
}

/** Turns a zod issue list into one readable line that names the bad fields. */
function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.')
      return path === '' ? issue.message : `${path}: ${issue.message}`
    })
    .join('; ')
}

/**
 * Runs one call the way every binding must: check the sender, parse the input with the channel's
 * schema, call the handler, and turn anything thrown into an INTERNAL result. Never throws, so no
 * exception ever crosses the boundary.
 */
export async function dispatch(
  channel: Channel,
  handlers: Handlers,
  isTrusted: boolean,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isTrusted)
    return fail('FORBIDDEN_SENDER', `Refused a call to ${channel} from an unknown sender.`)
  const parsed = CONTRACT[channel].input.safeParse(rawInput)
  if (!parsed.success) {
    return fail(
      'INVALID_INPUT',
      `Invalid input for ${channel}: ${describeIssues(parsed.error.issues)}`,
    )
  }
  try {
    // The parsed input matches the channel's schema, which is what the handler is typed with;
    // TypeScript can't correlate the two through the union of channels.
    const handler = handlers[channel] as (input: unknown) => Promise<Result<unknown>>
    return await handler(parsed.data)
  } catch (error) {
    console.error(`Handler for ${channel} failed`, error)
    return fail('INTERNAL', `Something went wrong in ${channel}. Your work is still open.`)
  }
}

/**
 * Registers every channel of the contract on `ipcMain`, each with the sender check and input
 * parsing. Returns a function that removes them again.
 */
export function bindHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args) =>
      dispatch(
        channel,
        handlers,
        isTrustedSender(event.senderFrame),
        args.length === 1 ? args[0] : args,
      ),
    )
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}
