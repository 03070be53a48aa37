import type { Channel, Handlers, MenuCommand, Result } from '../../shared/api'

export type UnsavedChoice = 'save' | 'discard' | 'cancel'

export interface QuitFlowDeps {
  /** Asks Save / Don't save / Cancel with a native message box. */
  readonly askUnsavedChanges: () => Promise<UnsavedChoice>
  /** Sends a command to the page (`webContents.send('menu:command', command)`). */
  readonly sendCommand: (command: MenuCommand) => void
  /** Longest wait for the page to flush its pending autosave. */
  readonly flushTimeoutMs?: number
  /** How long the page must stay quiet (no write running or starting) to count as flushed. */
  readonly quietMs?: number
}

export interface QuitFlow {
  /** The page reports unsaved changes (from `app:setDirty`). */
  setDirty(isDirty: boolean): void
  /** A write started: a save, save-as or recovery draft. */
  writeStarted(channel: Channel): void
  /** A write ended with the given result. */
  writeFinished(channel: Channel, result: Result<unknown>): void
  /**
   * Called when the window is asked to close. Resolves true when it may close now: after the
   * page flushed its autosave and, if changes are still unsaved, the user chose to save (and the
   * save succeeded) or not to save. Resolves false when the window stays open.
   */
  requestClose(): Promise<boolean>
  readonly isDirty: boolean
}

/** The channels that write the user's work, watched so quitting waits for them. */
export const WRITE_CHANNELS: readonly Channel[] = [
  'project:save',
  'project:saveAs',
  'recovery:write',
]
const SAVE_CHANNELS: readonly Channel[] = ['project:save', 'project:saveAs']

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms)
  })

/**
 * The quit flow: flush the page's pending autosave, then, if changes are still unsaved, ask
 * Save / Don't save / Cancel. "Save" asks the page to save (which may show Save As for an
 * untitled project) and closes only once a save succeeded.
 */
export function createQuitFlow(deps: QuitFlowDeps): QuitFlow {
  const flushTimeoutMs = deps.flushTimeoutMs ?? 3000
  const quietMs = deps.quietMs ?? 200
  let isDirty = false
  let writesRunning = 0
  let lastWriteActivity = 0
  let isDeciding = false
  let pendingSave: ((isSaved: boolean) => void) | null = null

  async function flush(): Promise<void> {
    const started = Date.now()
    lastWriteActivity = started
    deps.sendCommand('flushBeforeQuit')
    const step = Math.max(10, Math.floor(quietMs / 4))
    while (Date.now() - started < flushTimeoutMs) {
      await sleep(step)
      const isQuiet = writesRunning === 0 && Date.now() - lastWriteActivity >= quietMs
      if (writesRunning === 0 && (!isDirty || isQuiet)) return
    }
  }

  function saveThenClose(): Promise<boolean> {
    return new Promise((resolve) => {
      pendingSave = resolve
      deps.sendCommand('save')
    })
  }

  /** Flushes, then asks if changes are still unsaved; null means "save, then close". */
  async function decide(): Promise<boolean | null> {
    if (isDirty || writesRunning > 0) await flush()
    if (!isDirty) return true
    const choice = await deps.askUnsavedChanges()
    if (choice === 'cancel') return false
    if (choice === 'discard') return true
    return null
  }

  return {
    get isDirty() {
      return isDirty
    },
    setDirty(value) {
      isDirty = value
    },
    writeStarted(channel) {
      if (!WRITE_CHANNELS.includes(channel)) return
      writesRunning += 1
      lastWriteActivity = Date.now()
    },
    writeFinished(channel, result) {
      if (!WRITE_CHANNELS.includes(channel)) return
      writesRunning = Math.max(0, writesRunning - 1)
      lastWriteActivity = Date.now()
      if (!pendingSave || !SAVE_CHANNELS.includes(channel)) return
      // "Untitled" means the page goes on to Save As; wait for that result instead.
      if (!result.ok && result.error.code === 'UNTITLED') return
      if (result.ok) isDirty = false
      const resolve = pendingSave
      pendingSave = null
      resolve(result.ok)
    },
    async requestClose() {
      if (isDeciding) return false
      // A save the page never finished (cancelled Save As, an error) must not block closing.
      pendingSave?.(false)
      pendingSave = null
      isDeciding = true
      let decision: boolean | null
      try {
        decision = await decide()
      } finally {
        isDeciding = false
      }
      return decision ?? saveThenClose()
    },
  }
}

/**
 * Wraps the handlers so the quit flow sees every write start and end and every dirty report.
 * The handlers themselves stay unaware of quitting.
 */
export function watchForQuit(handlers: Handlers, flow: QuitFlow): Handlers {
  const watched: Record<string, unknown> = { ...handlers }
  for (const channel of WRITE_CHANNELS) {
    const handler = handlers[channel] as (input: unknown) => Promise<Result<unknown>>
    watched[channel] = async (input: unknown) => {
      flow.writeStarted(channel)
      let result: Result<unknown> = { ok: false, error: { code: 'INTERNAL', message: '' } }
      try {
        result = await handler(input)
        return result
      } finally {
        flow.writeFinished(channel, result)
      }
    }
  }
  const setDirty = handlers['app:setDirty']
  watched['app:setDirty'] = (input: { isDirty: boolean }) => {
    flow.setDirty(input.isDirty)
    return setDirty(input)
  }
  // Same keys and signatures as `handlers`; the loop above loses the per-channel types.
  return watched as Handlers
}

/** Button order of the unsaved-changes message box. */
const UNSAVED_BUTTONS: readonly UnsavedChoice[] = ['save', 'discard', 'cancel']

/** Options for `dialog.showMessageBox` asking Save / Don't save / Cancel. */
export function unsavedChangesBox(labels: {
  readonly unsavedTitle: string
  readonly unsavedMessage: string
  readonly unsavedDetail: string
  readonly unsavedSave: string
  readonly unsavedDiscard: string
  readonly unsavedCancel: string
}) {
  return {
    type: 'warning' as const,
    title: labels.unsavedTitle,
    message: labels.unsavedMessage,
    detail: labels.unsavedDetail,
    buttons: [labels.unsavedSave, labels.unsavedDiscard, labels.unsavedCancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  }
}

/** The choice behind the message box's answer; anything unexpected counts as Cancel. */
export function unsavedChoiceFromButton(index: number): UnsavedChoice {
  return UNSAVED_BUTTONS[index] ?? 'cancel'
}
