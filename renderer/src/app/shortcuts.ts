import type { MenuCommand } from '../../../shared/api'
import { useProjectStore } from '../state/project-store'
import { useUiStore } from '../state/ui-store'
import { newProject, openProject, redo, save, saveAs, undo } from './commands'
import { flushPendingWork } from './useAutosave'

interface Shortcut {
  readonly key: string
  readonly shift: boolean
  readonly command: MenuCommand
}

/** Keyboard shortcuts, with Ctrl on Windows and Linux and Cmd on macOS. */
export const SHORTCUTS: readonly Shortcut[] = [
  { key: 's', shift: false, command: 'save' },
  { key: 's', shift: true, command: 'saveAs' },
  { key: 'o', shift: false, command: 'open' },
  { key: 'n', shift: false, command: 'new' },
  { key: 'z', shift: false, command: 'undo' },
  { key: 'z', shift: true, command: 'redo' },
  { key: 'y', shift: false, command: 'redo' },
  { key: 'e', shift: false, command: 'export' },
  { key: 'k', shift: false, command: 'parkingLot' },
  { key: 'p', shift: true, command: 'presenter' },
]

/** Finds the command a key press asks for, if any. */
export function commandFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  return SHORTCUTS.find((s) => s.key === key && s.shift === event.shiftKey)?.command ?? null
}

/** Runs a command from the keyboard or the application menu. */
export async function runCommand(command: MenuCommand): Promise<void> {
  const hasProject = useProjectStore.getState().project !== null
  const ui = useUiStore.getState()
  switch (command) {
    case 'new':
      await newProject(useProjectStore.getState().project?.meta.language ?? 'de')
      return
    case 'open':
      await openProject()
      return
    case 'save':
      if (hasProject) await save()
      return
    case 'saveAs':
      if (hasProject) await saveAs()
      return
    case 'undo':
      undo()
      return
    case 'redo':
      redo()
      return
    case 'export':
      if (hasProject) ui.setOverlay('export')
      return
    case 'parkingLot':
      if (hasProject) ui.setOverlay('parking-lot-capture')
      return
    case 'presenter':
      if (hasProject) ui.setPresenting(!ui.isPresenting)
      return
    case 'flushBeforeQuit':
      await flushPendingWork()
      return
  }
}
