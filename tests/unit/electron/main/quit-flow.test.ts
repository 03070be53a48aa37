import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, fail, ok } from '../../../../shared/api'
import type { Handlers, MenuCommand, Result } from '../../../../shared/api'
import { createProject } from '../../../../shared/domain'
import {
  createQuitFlow,
  unsavedChangesBox,
  unsavedChoiceFromButton,
  watchForQuit,
} from '../../../../electron/main/quit-flow'
import type { UnsavedChoice } from '../../../../electron/main/quit-flow'
import { MENU_LABELS } from '../../../../electron/main/menu-labels'

const project = createProject({ language: 'en', title: 'Harbour Bikes', date: '2026-01-05' })
const saved = ok({ fileName: 'harbour.loyalty.json', savedAt: '2026-01-05T10:00:00.000Z' })

/**
 * A stand-in for the page: it reacts to the commands the quit flow sends the way the real
 * page does (flush = write a draft and autosave; save = save or save as).
 */
function setup(options: { choice?: UnsavedChoice; page?: (command: MenuCommand) => void } = {}) {
  const sent: MenuCommand[] = []
  let asked = 0
  const flow = createQuitFlow({
    flushTimeoutMs: 3000,
    quietMs: 200,
    sendCommand: (command) => {
      sent.push(command)
      options.page?.(command)
    },
    askUnsavedChanges: () => {
      asked += 1
      return Promise.resolve(options.choice ?? 'cancel')
    },
  })
  return { flow, sent, asked: () => asked }
}

async function settle<T>(promise: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(5000)
  return promise
}

describe('closing the window', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('closes at once when everything is saved, without asking', async () => {
    const { flow, sent, asked } = setup()
    expect(await flow.requestClose()).toBe(true)
    expect(sent).toEqual([])
    expect(asked()).toBe(0)
  })

  it('waits for a save still being written before closing', async () => {
    const { flow } = setup()
    flow.writeStarted('project:save')
    let isClosing: boolean | null = null
    void flow.requestClose().then((value) => (isClosing = value))
    await vi.advanceTimersByTimeAsync(1000)
    expect(isClosing).toBeNull()
    flow.writeFinished('project:save', saved)
    await vi.advanceTimersByTimeAsync(300)
    expect(isClosing).toBe(true)
  })

  it('flushes the pending autosave first and closes without asking once it is saved', async () => {
    const page = (command: MenuCommand) => {
      if (command !== 'flushBeforeQuit') return
      setTimeout(() => {
        flow.writeStarted('project:save')
      }, 20)
      setTimeout(() => {
        flow.writeFinished('project:save', saved)
        flow.setDirty(false)
      }, 120)
    }
    const { flow, sent, asked } = setup({ page })
    flow.setDirty(true)
    expect(await settle(flow.requestClose())).toBe(true)
    expect(sent).toEqual(['flushBeforeQuit'])
    expect(asked()).toBe(0)
  })

  it('asks when changes are still unsaved after the flush, and Cancel keeps the window open', async () => {
    const { flow, sent, asked } = setup({ choice: 'cancel' })
    flow.setDirty(true)
    expect(await settle(flow.requestClose())).toBe(false)
    expect(sent).toEqual(['flushBeforeQuit'])
    expect(asked()).toBe(1)
  })

  it("closes without saving on Don't save", async () => {
    const { flow, sent } = setup({ choice: 'discard' })
    flow.setDirty(true)
    expect(await settle(flow.requestClose())).toBe(true)
    expect(sent).toEqual(['flushBeforeQuit'])
  })

  it('on Save asks the page to save and closes once the save succeeded', async () => {
    const page = (command: MenuCommand) => {
      if (command !== 'save') return
      flow.writeStarted('project:saveAs')
      setTimeout(() => {
        flow.writeFinished('project:saveAs', saved)
      }, 50)
    }
    const { flow, sent } = setup({ choice: 'save', page })
    flow.setDirty(true)
    expect(await settle(flow.requestClose())).toBe(true)
    expect(sent).toEqual(['flushBeforeQuit', 'save'])
    expect(flow.isDirty).toBe(false)
  })

  it('waits through "untitled" for the Save As that follows it', async () => {
    const page = (command: MenuCommand) => {
      if (command !== 'save') return
      flow.writeStarted('project:save')
      flow.writeFinished('project:save', fail('UNTITLED', 'The project has no file yet.'))
      flow.writeStarted('project:saveAs')
      setTimeout(() => {
        flow.writeFinished('project:saveAs', saved)
      }, 50)
    }
    const { flow } = setup({ choice: 'save', page })
    flow.setDirty(true)
    expect(await settle(flow.requestClose())).toBe(true)
  })

  it('stays open when the save is cancelled or fails, and the next close asks again', async () => {
    const page = (command: MenuCommand) => {
      if (command !== 'save') return
      flow.writeStarted('project:saveAs')
      flow.writeFinished('project:saveAs', fail('CANCELLED', 'Cancelled.'))
    }
    const { flow, asked } = setup({ choice: 'save', page })
    flow.setDirty(true)
    expect(await settle(flow.requestClose())).toBe(false)
    expect(await settle(flow.requestClose())).toBe(false)
    expect(asked()).toBe(2)
  })

  it('does not get stuck when the page never answers a save request', async () => {
    let choice: UnsavedChoice = 'save'
    const sent: MenuCommand[] = []
    const flow = createQuitFlow({
      sendCommand: (command) => sent.push(command),
      askUnsavedChanges: () => Promise.resolve(choice),
    })
    flow.setDirty(true)
    const first = flow.requestClose()
    await vi.advanceTimersByTimeAsync(5000)
    choice = 'discard'
    const second = flow.requestClose()
    await vi.advanceTimersByTimeAsync(5000)
    expect(await first).toBe(false)
    expect(await second).toBe(true)
  })

  it('gives up waiting for a flush that never ends after the time limit', async () => {
    const { flow, asked } = setup({ choice: 'discard' })
    flow.setDirty(true)
    flow.writeStarted('recovery:write')
    let isClosing: boolean | null = null
    void flow.requestClose().then((value) => (isClosing = value))
    await vi.advanceTimersByTimeAsync(2900)
    expect(isClosing).toBeNull()
    await vi.advanceTimersByTimeAsync(200)
    expect(isClosing).toBe(true)
    expect(asked()).toBe(1)
  })

  it('ignores a second close request while it is still asking', async () => {
    const { flow } = setup({ choice: 'discard' })
    flow.setDirty(true)
    const first = flow.requestClose()
    expect(await flow.requestClose()).toBe(false)
    expect(await settle(first)).toBe(true)
  })
})

describe('watching the handlers for quitting', () => {
  function handlersAnswering(result: Result<unknown>): Handlers {
    return Object.fromEntries(
      CHANNELS.map((channel) => [channel, () => Promise.resolve(result)]),
    ) as unknown as Handlers
  }

  it('passes results through and reports dirty state and writes to the flow', async () => {
    const flow = createQuitFlow({
      sendCommand: () => undefined,
      askUnsavedChanges: () => Promise.resolve('cancel'),
    })
    const watched = watchForQuit(handlersAnswering(saved), flow)
    await watched['app:setDirty']({ isDirty: true })
    expect(flow.isDirty).toBe(true)
    await expect(watched['project:save']({ project })).resolves.toEqual(saved)
    await watched['app:setDirty']({ isDirty: false })
    expect(flow.isDirty).toBe(false)
  })

  it('counts a write that throws as finished, so quitting is not blocked by it', async () => {
    vi.useFakeTimers()
    try {
      const flow = createQuitFlow({
        sendCommand: () => undefined,
        askUnsavedChanges: () => Promise.resolve('cancel'),
      })
      const broken = {
        ...handlersAnswering(saved),
        'recovery:write': () => Promise.reject(new Error('EIO')),
      }
      const watched = watchForQuit(broken, flow)
      await expect(watched['recovery:write']({ project })).rejects.toThrow('EIO')
      expect(await flow.requestClose()).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the unsaved-changes question', () => {
  it('offers Save, Don’t save and Cancel, with Save as default and Escape as Cancel', () => {
    const box = unsavedChangesBox(MENU_LABELS.en)
    expect(box.buttons).toEqual(['Save', 'Don’t save', 'Cancel'])
    expect(box.buttons[box.defaultId]).toBe('Save')
    expect(box.buttons[box.cancelId]).toBe('Cancel')
    expect(unsavedChoiceFromButton(0)).toBe('save')
    expect(unsavedChoiceFromButton(1)).toBe('discard')
    expect(unsavedChoiceFromButton(2)).toBe('cancel')
    expect(unsavedChoiceFromButton(7)).toBe('cancel')
  })

  it('asks in German on a German system', () => {
    expect(unsavedChangesBox(MENU_LABELS.de).buttons).toEqual([
      'Speichern',
      'Nicht speichern',
      'Abbrechen',
    ])
  })
})
