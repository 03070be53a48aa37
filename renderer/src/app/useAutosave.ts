import { useEffect, useRef } from 'react'
import { api } from '../api'
import { hasUnsavedChanges, useProjectStore } from '../state/project-store'
import { useSettings } from '../state/settings'
import { useUiStore } from '../state/ui-store'
import { save } from './commands'

/** How soon unsaved changes are copied to the recovery draft, independent of autosave. */
const DRAFT_DELAY_MS = 1000

/**
 * Keeps work safe: every change goes to a recovery draft outside the project folder within a
 * second, and, when autosave is on, into the project file a few seconds after the last change.
 */
export function useAutosave(): void {
  const project = useProjectStore((state) => state.project)
  const file = useProjectStore((state) => state.file)
  const isDirty = useProjectStore(hasUnsavedChanges)
  const { isAutosaveOn, autosaveDelaySeconds } = useSettings()
  const hasConflict = useUiStore((state) => state.conflictMessage !== null)
  const lastDraft = useRef<unknown>(null)

  useEffect(() => {
    void api().appSetDirty({ isDirty })
  }, [isDirty])

  useEffect(() => {
    if (!project || !isDirty || lastDraft.current === project) return
    const timer = setTimeout(() => {
      lastDraft.current = project
      void api().recoveryWrite({ project })
    }, DRAFT_DELAY_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [project, isDirty])

  useEffect(() => {
    if (!project || !isDirty || !file || !isAutosaveOn || hasConflict) return
    const timer = setTimeout(() => {
      void save()
    }, autosaveDelaySeconds * 1000)
    return () => {
      clearTimeout(timer)
    }
  }, [project, isDirty, file, isAutosaveOn, autosaveDelaySeconds, hasConflict])
}

/** Writes pending changes at once: to the file when it has one, else to the recovery draft. */
export async function flushPendingWork(): Promise<void> {
  const state = useProjectStore.getState()
  if (!state.project || !hasUnsavedChanges(state)) return
  await api().recoveryWrite({ project: state.project })
  if (state.file && useSettings.getState().isAutosaveOn) await save()
}
