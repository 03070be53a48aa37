import type { ApiError, OpenedProject, Result } from '../../../shared/api'
import type { Language } from '../../../shared/domain'
import { api } from '../api'
import i18n from '../i18n'
import { hasUnsavedChanges, redo, undo, useProjectStore } from '../state/project-store'
import { useUiStore } from '../state/ui-store'

/** Shows an error to the facilitator, except a cancelled dialog, which is no error. */
export function report(error: ApiError): void {
  if (error.code === 'CANCELLED') return
  useUiStore.getState().notify(error.message)
}

function opened(result: Result<OpenedProject>, options?: { readonly isDirty?: boolean }): boolean {
  if (!result.ok) {
    report(result.error)
    return false
  }
  useProjectStore.getState().load(result.data, options)
  useUiStore.getState().go({ kind: 'step', step: 'vision' })
  return true
}

/** Asks before unsaved changes would be replaced; they also stay in the recovery draft. */
export function mayReplaceProject(
  confirm: (message: string) => boolean = (m) => window.confirm(m),
): boolean {
  return !hasUnsavedChanges(useProjectStore.getState()) || confirm(i18n.t('save.confirmReplace'))
}

/** Starts a new untitled project in the given language. */
export async function newProject(language: Language): Promise<void> {
  if (!mayReplaceProject()) return
  const title = i18n.t('start.untitled', { lng: language })
  opened(await api().projectNew({ language, title }))
}

/** Opens a project file chosen in the open dialog. */
export async function openProject(): Promise<void> {
  if (!mayReplaceProject()) return
  opened(await api().projectOpen({}))
}

/** Opens a project from the recent list. */
export async function openRecent(id: string): Promise<void> {
  if (!mayReplaceProject()) return
  opened(await api().projectOpenRecent({ id }))
}

/** Restores unsaved work from a recovery draft; it stays unsaved until the facilitator saves. */
export async function restoreDraft(id: string): Promise<void> {
  opened(await api().recoveryRestore({ id }), { isDirty: true })
}

/** Saves under a new name chosen in the save dialog. */
export async function saveAs(): Promise<boolean> {
  const store = useProjectStore.getState()
  const project = store.project
  if (!project) return false
  store.setSaving(true)
  const result = await api().projectSaveAs({ project })
  if (!result.ok) {
    store.setSaveError(result.error.code === 'CANCELLED' ? null : result.error.message)
    report(result.error)
    return false
  }
  store.markSaved(project, result.data)
  useUiStore.getState().setConflict(null)
  return true
}

/** Saves to the open file, or asks for a name while the project is untitled. */
export async function save(): Promise<boolean> {
  const store = useProjectStore.getState()
  const project = store.project
  if (!project) return false
  if (!store.file) return saveAs()
  store.setSaving(true)
  const result = await api().projectSave({ project })
  if (result.ok) {
    store.markSaved(project, result.data)
    return true
  }
  if (result.error.code === 'UNTITLED') return saveAs()
  store.setSaveError(result.error.message)
  if (result.error.code === 'CONFLICT') useUiStore.getState().setConflict(result.error.message)
  else report(result.error)
  return false
}

/** After a conflict: replaces the open project with the version on disk. */
export async function loadTheirs(): Promise<void> {
  const result = await api().projectReload({})
  if (opened(result)) useUiStore.getState().setConflict(null)
}

/** Closes the project after asking if there are unsaved changes. */
export function closeProject(): void {
  if (mayReplaceProject()) useProjectStore.getState().close()
}

export { redo, undo }
