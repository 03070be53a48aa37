import type { Project } from '../../../../../shared/domain'
import { initiativesToCsv } from '../../../../../shared/domain/csv'
import { api } from '../../../api'
import { report } from '../../../app/commands'
import i18n from '../../../i18n'
import { useUiStore } from '../../../state/ui-store'

/** A file name from the workshop's title, safe on every system. */
function suggestedName(project: Project): string {
  const base = project.meta.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'initiatives'
  return `${base.slice(0, 80)} – ${i18n.t('prioritisation:register.csvSuffix')}.csv`
}

/** Writes the initiatives as CSV, in the project's language, to a path the facilitator chooses. */
export async function exportInitiativesCsv(project: Project): Promise<void> {
  const text = initiativesToCsv(project.initiatives, { language: project.meta.language })
  const result = await api().csvExport({ text, suggestedName: suggestedName(project) })
  if (!result.ok) {
    report(result.error)
    return
  }
  useUiStore
    .getState()
    .notify(i18n.t('prioritisation:register.exported', { fileName: result.data.fileName }), 'info')
}

/** Asks for a CSV file and returns its name and text, or null if cancelled or unreadable. */
export async function chooseCsvFile(): Promise<{ fileName: string; text: string } | null> {
  const result = await api().csvImport({})
  if (!result.ok) {
    report(result.error)
    return null
  }
  return result.data
}
