import { create } from 'zustand'
import { temporal } from 'zundo'
import type { FileInfo, OpenedProject } from '../../../shared/api'
import type { Project } from '../../../shared/domain'

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error'

interface ProjectState {
  /** The document being edited; null on the start screen. */
  readonly project: Project | null
  /** The file it came from; null while untitled. */
  readonly file: FileInfo | null
  /** The project as it was last written to its file, to tell whether there are unsaved changes. */
  readonly savedProject: Project | null
  readonly isSaving: boolean
  readonly saveError: string | null
  /** Applies a pure updater to the project; each call is one undoable edit. */
  readonly dispatch: (updater: (project: Project) => Project) => void
  readonly load: (opened: OpenedProject, options?: { readonly isDirty?: boolean }) => void
  readonly close: () => void
  readonly setSaving: (isSaving: boolean) => void
  readonly markSaved: (saved: Project, file: FileInfo) => void
  readonly setSaveError: (message: string | null) => void
}

/** Lets rapid edits such as typing a sentence form one undo step instead of one per key. */
const UNDO_GROUPING_MS = 800

/** When the last edit reached the history; a new burst of edits starts after a pause. */
const grouping = { lastEditAt: 0 }

function groupRapidEdits<A extends unknown[]>(record: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    const now = Date.now()
    if (now - grouping.lastEditAt >= UNDO_GROUPING_MS) record(...args)
    grouping.lastEditAt = now
  }
}

/** Forgets the history, and lets the first edit after a load start its own undo step. */
function clearHistory(): void {
  useProjectStore.temporal.getState().clear()
  grouping.lastEditAt = 0
}

export const useProjectStore = create<ProjectState>()(
  temporal(
    (set) => ({
      project: null,
      file: null,
      savedProject: null,
      isSaving: false,
      saveError: null,
      dispatch: (updater) => {
        set((state) => (state.project ? { project: updater(state.project) } : {}))
      },
      load: (opened, options) => {
        set({
          project: opened.project,
          file: opened.file,
          savedProject: options?.isDirty ? null : opened.project,
          isSaving: false,
          saveError: null,
        })
        clearHistory()
      },
      close: () => {
        set({ project: null, file: null, savedProject: null, isSaving: false, saveError: null })
        clearHistory()
      },
      setSaving: (isSaving) => {
        set({ isSaving })
      },
      markSaved: (saved, file) => {
        set({ savedProject: saved, file, isSaving: false, saveError: null })
      },
      setSaveError: (saveError) => {
        set({ saveError, isSaving: false })
      },
    }),
    {
      partialize: (state) => ({ project: state.project }),
      equality: (a, b) => a.project === b.project,
      handleSet: (handleSet) => groupRapidEdits(handleSet),
    },
  ),
)

/** Whether the project differs from what was last written to its file. */
export function hasUnsavedChanges(state: Pick<ProjectState, 'project' | 'savedProject'>): boolean {
  return state.project !== null && state.project !== state.savedProject
}

/** The save state shown in the header. */
export function saveStateOf(state: ProjectState): SaveState {
  if (state.isSaving) return 'saving'
  if (state.saveError) return 'error'
  return hasUnsavedChanges(state) ? 'dirty' : 'saved'
}

/** Undoes the last edit. */
export function undo(): void {
  useProjectStore.temporal.getState().undo()
}

/** Redoes the last undone edit. */
export function redo(): void {
  useProjectStore.temporal.getState().redo()
}

/** The current project; only for components rendered inside an open project. */
export function useProject(): Project {
  const project = useProjectStore((state) => state.project)
  if (!project) throw new Error('No project is open')
  return project
}

/** The dispatcher of pure updaters. */
export function useDispatch(): ProjectState['dispatch'] {
  return useProjectStore((state) => state.dispatch)
}

function openProject(state: ProjectState): Project {
  if (!state.project) throw new Error('No project is open')
  return state.project
}

/**
 * One part of the open project. The component re-renders only when that part changes, not on
 * every edit elsewhere, so a keystroke in one field does not redraw the whole screen.
 */
export function useProjectPart<T>(select: (project: Project) => T): T {
  return useProjectStore((state) => select(openProject(state)))
}
